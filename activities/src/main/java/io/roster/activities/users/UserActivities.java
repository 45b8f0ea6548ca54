package io.roster.activities.users;

import io.temporal.activity.ActivityInterface;

/**
 * Users and their organization access windows.
 *
 * <p>Idempotency: the same {@code CommandMeta} key returns the first result and writes nothing.
 * Failures: {@code ValidationFailed} ({@code required}, {@code invalid_email}, {@code date_order}),
 * {@code NotFound} ({@code user_not_found}, {@code organization_not_found}), {@code NotAuthorized}
 * ({@code not_authorized}: creating users needs {@code user.role_assign} somewhere, access windows
 * need it at the organization), {@code RuleViolated} ({@code email_taken}).
 */
@ActivityInterface
public interface UserActivities {

  UserCreated createUser(CreateUser input);

  OrgAccess setOrgAccess(SetOrgAccess input);
}
