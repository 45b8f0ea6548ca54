package io.roster.activities.schedules;

import io.temporal.activity.ActivityInterface;

/**
 * Schedule templates and the users assigned to them (001). Events go to the template's stream
 * ({@code schedule}, id = template id); each command appends expecting the version it read, so one
 * assignment per user per template holds under concurrency.
 *
 * <p>Idempotency: every input carries a {@code CommandMeta} key; the same key returns the first
 * result and writes nothing. Deactivating an inactive template (or reactivating an active one)
 * writes nothing and says {@code changed = false}.
 *
 * <p>Failures (non-retryable {@code ApplicationFailure}, details {@code [code, field]}):
 *
 * <ul>
 *   <li>{@code ValidationFailed}: {@code required}, {@code schedule_name_too_long}, {@code
 *       control_characters}, {@code invalid_schedule}, {@code invalid_schedule_day}, {@code
 *       invalid_hhmm}, {@code schedule_begin_equals_end} (the weekly schedule), {@code date_order}
 *       (effective range);
 *   <li>{@code NotFound}: {@code organization_not_found}, {@code unit_not_found}, {@code
 *       template_not_found}, {@code user_not_found}, {@code assignment_not_found} (unassigning a
 *       user who is not actively assigned);
 *   <li>{@code NotAuthorized}: {@code not_authorized}: {@code user.schedule_manage} at the
 *       template's unit, else its organization (on an update that moves it: at both);
 *   <li>{@code RuleViolated}: {@code organization_inactive}, {@code
 *       unit_must_belong_to_same_organization}, {@code unit_inactive}, {@code template_active}
 *       (only an inactive template may be deleted), {@code template_inactive} (assigning to it),
 *       {@code already_assigned}.
 * </ul>
 */
@ActivityInterface
public interface ScheduleTemplateActivities {

  ScheduleTemplate createScheduleTemplate(CreateScheduleTemplate input);

  /** Replaces name, unit and weekly schedule; always writes {@code schedule.updated}. */
  ScheduleTemplate updateScheduleTemplate(UpdateScheduleTemplate input);

  TemplateStatus deactivateScheduleTemplate(ChangeTemplateStatus input);

  TemplateStatus reactivateScheduleTemplate(ChangeTemplateStatus input);

  /** Deletes an inactive template; its assignments go with it. */
  TemplateDeleted deleteScheduleTemplate(ChangeTemplateStatus input);

  /** Assigns a user; an earlier, inactive assignment of the pair is reactivated with the range. */
  ScheduleAssignment assignUserToSchedule(AssignUserToSchedule input);

  ScheduleAssignment unassignUserFromSchedule(UnassignUserFromSchedule input);
}
