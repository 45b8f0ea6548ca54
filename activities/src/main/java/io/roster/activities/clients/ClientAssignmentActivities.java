package io.roster.activities.clients;

import io.temporal.activity.ActivityInterface;

/**
 * Client-to-staff caseload assignments (000), one per (user, client) pair.
 *
 * <p>Idempotency: the same {@code CommandMeta} key returns the first result and writes nothing.
 * Assigning an active pair again with the same organization, end and notes writes nothing and says
 * {@code changed = false}; with other values it updates them; an unassigned pair is reactivated
 * with the same assignment id.
 *
 * <p>Failures (non-retryable {@code ApplicationFailure}, details {@code [code, field]}): {@code
 * ValidationFailed} ({@code required}, {@code notes_max_length}, {@code reason_too_long}, {@code
 * control_characters}, {@code assigned_until_in_past}); {@code NotFound} ({@code user_not_found},
 * {@code organization_not_found}, {@code client_assignment_not_found}: no active assignment to
 * unassign); {@code NotAuthorized} ({@code not_authorized}: {@code user.client_assign} at the
 * organization's scope); {@code RuleViolated} ({@code organization_inactive}, {@code
 * client_assigned_in_other_organization}: the pair is active in another organization).
 */
@ActivityInterface
public interface ClientAssignmentActivities {

  ClientAssignment assignClient(AssignClient input);

  ClientUnassigned unassignClient(UnassignClient input);
}
