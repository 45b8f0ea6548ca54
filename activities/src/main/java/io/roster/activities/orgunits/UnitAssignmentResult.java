package io.roster.activities.orgunits;

import java.util.List;
import java.util.UUID;

/**
 * What a unit assignment command did, and the user's assignments in the organization after it.
 *
 * @param assignmentId the assignment the command was about
 * @param isPrimary whether that assignment is primary now
 * @param status its status now: {@code active} or {@code inactive}
 * @param changed false when it already was so (nothing was written)
 * @param reactivated true when assigning a unit the user had before reactivated that assignment
 * @param primaryAssignmentId the user's active primary in the organization now; null when none
 * @param assignments every assignment of the user in the organization, oldest first
 */
public record UnitAssignmentResult(
    UUID userId,
    UUID organizationId,
    UUID assignmentId,
    UUID organizationUnitId,
    boolean isPrimary,
    String status,
    boolean changed,
    boolean reactivated,
    UUID primaryAssignmentId,
    List<UnitAssignmentSummary> assignments) {}
