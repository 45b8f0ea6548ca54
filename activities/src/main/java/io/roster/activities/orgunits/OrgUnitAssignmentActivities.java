package io.roster.activities.orgunits;

import io.temporal.activity.ActivityInterface;

/**
 * Users' organization unit assignments (003): at most the organization's {@code
 * max_active_unit_assignments} (default 5) active per user and organization, exactly one of them
 * primary, the oldest remaining one promoted when the primary is deactivated. Every result lists
 * the user's assignments in the organization after the command.
 *
 * <p>Idempotency: the same {@code CommandMeta} key returns the first result and writes nothing.
 * Asking for what already is (assigning an active pair without asking for primary, deactivating an
 * inactive assignment, reactivating an active one, making the primary primary) writes nothing and
 * says {@code changed = false}. Assigning a unit the user had before reactivates that assignment.
 *
 * <p>Failures (non-retryable {@code ApplicationFailure}, details {@code [code, field]}): {@code
 * ValidationFailed} ({@code required}, {@code user_id_must_exist}, {@code
 * organization_unit_id_must_exist}, {@code organization_id_consistency}, {@code
 * is_primary_boolean_required}, {@code notes_max_length}, {@code reason_too_long}, {@code
 * control_characters}, {@code deactivation_requires_deactivated_by}: the system may not deactivate,
 * {@code inactive_unit_not_assignable}); {@code NotFound} ({@code unit_assignment_not_found});
 * {@code NotAuthorized} ({@code not_authorized}: {@code user.org_unit_assign} at the unit's scope,
 * which coordinators and organization admins hold and clinicians and peer mentors do not); {@code
 * RuleViolated} ({@code unit_limit_reached}, {@code organization_inactive}, {@code
 * unit_assignment_inactive}). Version conflicts are decided again, then retryable.
 */
@ActivityInterface
public interface OrgUnitAssignmentActivities {

  UnitAssignmentResult assignUnit(AssignUnit input);

  UnitAssignmentResult deactivateUnitAssignment(ChangeUnitAssignment input);

  UnitAssignmentResult reactivateUnitAssignment(ChangeUnitAssignment input);

  UnitAssignmentResult setPrimaryUnit(ChangeUnitAssignment input);
}
