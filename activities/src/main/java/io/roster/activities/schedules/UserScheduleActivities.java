package io.roster.activities.schedules;

import io.temporal.activity.ActivityInterface;

/**
 * Per-user weekly schedules (002). Events go to the user's stream; each command appends expecting
 * the version it read, so one active schedule per (user, organization, unit) holds under
 * concurrency. A null unit is the organization-wide key and counts as one key (NULLS NOT DISTINCT):
 * a user may have one organization-wide schedule and one per unit of the organization.
 *
 * <p>Idempotency: every input carries a {@code CommandMeta} key; the same key returns the first
 * result and writes nothing. Deactivating an inactive schedule writes nothing and says {@code
 * changed = false}.
 *
 * <p>Failures (non-retryable {@code ApplicationFailure}, details {@code [code, field]}):
 *
 * <ul>
 *   <li>{@code ValidationFailed}: {@code required}, {@code invalid_schedule}, {@code
 *       invalid_schedule_day}, {@code invalid_hhmm}, {@code schedule_begin_equals_end} (the weekly
 *       schedule), {@code date_order};
 *   <li>{@code NotFound}: {@code user_not_found}, {@code organization_not_found}, {@code
 *       unit_not_found}, {@code schedule_not_found};
 *   <li>{@code NotAuthorized}: {@code not_authorized}: {@code user.schedule_manage} at the unit,
 *       else the organization (on an update that moves it: at both);
 *   <li>{@code RuleViolated}: {@code organization_inactive}, {@code
 *       unit_must_belong_to_same_organization}, {@code unit_inactive}, {@code schedule_exists} (the
 *       key already has an active schedule), {@code schedule_inactive} (updating a deactivated
 *       schedule).
 * </ul>
 */
@ActivityInterface
public interface UserScheduleActivities {

  UserSchedule createUserSchedule(CreateUserSchedule input);

  /** Replaces schedule, unit and dates; always writes {@code user.schedule.updated}. */
  UserSchedule updateUserSchedule(UpdateUserSchedule input);

  UserSchedule deactivateUserSchedule(DeactivateUserSchedule input);
}
