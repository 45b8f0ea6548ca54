package io.roster.db.orgunits;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code user_org_unit_assignments_projection} (003).
 *
 * @param status {@code active} or {@code inactive}
 * @param assignedBy the actor of the assigning event; null when the system assigned
 */
public record UnitAssignmentRow(
    UUID id,
    UUID userId,
    UUID organizationUnitId,
    UUID organizationId,
    boolean isPrimary,
    Instant assignedAt,
    UUID assignedBy,
    String status,
    Instant deactivatedAt,
    UUID deactivatedBy,
    String notes) {

  public static final String ACTIVE = "active";
  public static final String INACTIVE = "inactive";

  public boolean isActive() {
    return ACTIVE.equals(status);
  }
}
