package io.roster.activities.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One staff member of an onboarding request (DESIGN.md §11).
 *
 * @param userId an existing user; else {@code email} names the user, created when new
 * @param roles roles in the request's organization, each with an optional scope and window
 * @param orgUnits unit assignments; the one marked primary becomes the primary
 * @param schedule a schedule template to join, with an optional effective range; may be null
 * @param clientIds clients to put on the member's caseload
 */
public record StaffMember(
    UUID userId,
    String email,
    String firstName,
    String lastName,
    LocalDate accessStartDate,
    LocalDate accessExpirationDate,
    List<StaffRole> roles,
    List<StaffUnit> orgUnits,
    StaffSchedule schedule,
    List<UUID> clientIds) {

  public StaffMember {
    roles = roles == null ? List.of() : List.copyOf(roles);
    orgUnits = orgUnits == null ? List.of() : List.copyOf(orgUnits);
    clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
  }
}
