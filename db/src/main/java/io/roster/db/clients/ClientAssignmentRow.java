package io.roster.db.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code user_client_assignments_projection} (000): one per (user, client) pair.
 *
 * @param assignedUntil the end of the assignment; null when open-ended
 * @param assignedBy the actor of the last assigning event; null when the system assigned
 */
public record ClientAssignmentRow(
    UUID id,
    UUID userId,
    UUID clientId,
    UUID organizationId,
    Instant assignedAt,
    Instant assignedUntil,
    boolean isActive,
    UUID assignedBy,
    String notes) {}
