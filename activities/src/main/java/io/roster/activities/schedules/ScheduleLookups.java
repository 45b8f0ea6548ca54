package io.roster.activities.schedules;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Failures;
import io.roster.db.schedules.ScheduleTemplateQueries;
import io.roster.db.schedules.ScheduleTemplateRow;
import io.roster.db.schedules.UserSchedulePolicyRow;
import io.roster.db.schedules.UserScheduleQueries;
import java.util.UUID;

/** Reads of the schedule commands that refuse with {@code NotFound}. */
final class ScheduleLookups {

  private ScheduleLookups() {}

  static ScheduleTemplateRow template(CommandContext ctx, UUID templateId) {
    CommandInputs.required(templateId, "template_id");
    return ctx.attach(ScheduleTemplateQueries.class)
        .findTemplate(templateId)
        .orElseThrow(
            () ->
                Failures.notFound(
                    "template_not_found",
                    "template_id",
                    "schedule template " + templateId + " does not exist"));
  }

  static UserSchedulePolicyRow userSchedule(CommandContext ctx, UUID scheduleId) {
    CommandInputs.required(scheduleId, "schedule_id");
    return ctx.attach(UserScheduleQueries.class)
        .findSchedule(scheduleId)
        .orElseThrow(
            () ->
                Failures.notFound(
                    "schedule_not_found",
                    "schedule_id",
                    "user schedule " + scheduleId + " does not exist"));
  }
}
