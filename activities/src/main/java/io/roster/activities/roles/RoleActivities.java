package io.roster.activities.roles;

import io.temporal.activity.ActivityInterface;

/**
 * Role assignments (004).
 *
 * <p>Idempotency: the same {@code CommandMeta} key returns the first result and writes nothing;
 * assigning what is already assigned writes nothing and says {@code changed = false}.
 *
 * <p>Failures: {@code ValidationFailed} ({@code required}, {@code date_order}, {@code
 * invalid_path}, {@code unknown_scope_path}, {@code scope_outside_organization}, {@code
 * org_required}, {@code super_admin_is_global}); {@code NotFound} ({@code role_not_found}, {@code
 * user_not_found}, {@code organization_not_found}, {@code role_assignment_not_found}); {@code
 * NotAuthorized} ({@code not_authorized}: {@code user.role_assign} / {@code user.role_revoke} at
 * the role's scope; {@code self_modification}; {@code privilege_escalation}: granting a role with a
 * permission the actor lacks at that scope); {@code RuleViolated} ({@code last_super_admin}, {@code
 * scope_inactive}, {@code role_inactive}).
 *
 * <p>Revocations of the global super_admin run one at a time (a transaction lock taken before their
 * checks), so two super_admins revoking each other at once leave one.
 */
@ActivityInterface
public interface RoleActivities {

  RoleAssignment assignRole(AssignRole input);

  RoleRevoked revokeRole(RevokeRole input);

  RoleAssignment changeRoleWindow(ChangeRoleWindow input);
}
