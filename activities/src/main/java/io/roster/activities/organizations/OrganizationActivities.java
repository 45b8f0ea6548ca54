package io.roster.activities.organizations;

import io.temporal.activity.ActivityInterface;

/**
 * Organizations, their settings and their units.
 *
 * <p>Idempotency: every input carries a {@code CommandMeta} key; the same key returns the first
 * result and writes nothing. Failures (non-retryable {@code ApplicationFailure}, details {@code
 * [code, field]}): {@code ValidationFailed} ({@code required}, {@code invalid_timezone}, {@code
 * invalid_slug}, {@code invalid_kind}, {@code invalid_notice_days}, {@code
 * invalid_unit_assignment_limit}), {@code NotFound} ({@code organization_not_found}, {@code
 * unit_not_found}), {@code NotAuthorized} ({@code not_authorized}: {@code organization.manage} at
 * the parent's scope), {@code RuleViolated} ({@code slug_taken}, {@code organization_inactive},
 * {@code parent_unit_inactive}, {@code unit_has_active_children}).
 */
@ActivityInterface
public interface OrganizationActivities {

  OrganizationCreated createOrganization(CreateOrganization input);

  OrganizationSettings updateOrganizationSettings(UpdateOrganizationSettings input);

  UnitCreated createUnit(CreateUnit input);

  UnitStatus deactivateUnit(ChangeUnitStatus input);

  UnitStatus reactivateUnit(ChangeUnitStatus input);
}
