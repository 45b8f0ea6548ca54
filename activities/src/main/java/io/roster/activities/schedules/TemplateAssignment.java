package io.roster.activities.schedules;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.db.events.EventTypes;
import io.roster.db.schedules.ScheduleTemplateRow;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The rules of putting a user on a template, shared by assignUserToSchedule and by callers that
 * decide many users at once (the onboarding bulk path).
 */
public final class TemplateAssignment {

  private TemplateAssignment() {}

  /**
   * The template, checked as assignUserToSchedule checks it: it exists, the actor may manage
   * schedules at its scope, and it is active. Refuses with the command's failures.
   */
  public static ScheduleTemplateRow assignableTemplate(CommandContext ctx, UUID templateId) {
    var template = ScheduleLookups.template(ctx, templateId);
    ScheduleScope.of(ctx, template.organizationId(), template.orgUnitId()).authorize(ctx);
    if (!template.isActive()) {
      throw Failures.ruleViolated(
          "template_inactive",
          "template_id",
          "schedule template " + template.id() + " is not active");
    }
    return template;
  }

  /**
   * What putting a user who is not on the template (now) on it decides: one {@code
   * schedule.user_assigned} in the template's stream. The caller adds the template stream version
   * its decision read.
   *
   * @param returning whether the user had an inactive assignment to the template
   */
  public static Decision<ScheduleAssignment> assignment(
      ScheduleTemplateRow template,
      UUID userId,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      boolean returning) {
    return Decision.of(
            new ScheduleAssignment(
                template.id(),
                userId,
                template.organizationId(),
                effectiveFrom,
                effectiveUntil,
                true,
                returning))
        .emit(
            EventTypes.SCHEDULE_USER_ASSIGNED,
            template.id(),
            new ScheduleUserAssignedEvent(
                template.id(), userId, template.organizationId(), effectiveFrom, effectiveUntil));
  }
}
