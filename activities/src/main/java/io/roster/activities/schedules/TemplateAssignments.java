package io.roster.activities.schedules;

import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.schedules.ScheduleAssignmentRow;
import io.roster.db.schedules.ScheduleTemplateQueries;

/**
 * Assigning users to templates and taking them off (001): one assignment per user per template,
 * decided on the template's stream.
 */
final class TemplateAssignments {

  private final CommandExecutor executor;

  TemplateAssignments(CommandExecutor executor) {
    this.executor = executor;
  }

  ScheduleAssignment assign(AssignUserToSchedule input) {
    return executor.execute(
        "assignUserToSchedule",
        input.meta(),
        ScheduleAssignment.class,
        ctx -> {
          CommandInputs.required(input.templateId(), "template_id");
          CommandInputs.required(input.userId(), "user_id");
          CommandInputs.dateOrder(
              input.effectiveFrom(), input.effectiveUntil(), "effective_from", "effective_until");
          TemplateStreamLock.take(ctx.handle(), input.templateId());
          var stream = StreamRef.schedule(input.templateId());
          int version = ctx.streamVersion(stream);
          var template = TemplateAssignment.assignableTemplate(ctx, input.templateId());
          var user = Lookups.user(ctx, input.userId(), "user_id");
          var existing =
              ctx.attach(ScheduleTemplateQueries.class).findAssignment(template.id(), user.id());
          if (existing.filter(ScheduleAssignmentRow::isActive).isPresent()) {
            throw Failures.ruleViolated(
                "already_assigned",
                "user_id",
                "user %s is already assigned to schedule template %s"
                    .formatted(user.id(), template.id()));
          }
          return TemplateAssignment.assignment(
                  template,
                  user.id(),
                  input.effectiveFrom(),
                  input.effectiveUntil(),
                  existing.isPresent())
              .expecting(stream, version);
        });
  }

  ScheduleAssignment unassign(UnassignUserFromSchedule input) {
    return executor.execute(
        "unassignUserFromSchedule",
        input.meta(),
        ScheduleAssignment.class,
        ctx -> {
          CommandInputs.required(input.templateId(), "template_id");
          CommandInputs.required(input.userId(), "user_id");
          var reason =
              CommandInputs.optionalText(input.reason(), "reason", CommandInputs.MAX_NOTES);
          TemplateStreamLock.take(ctx.handle(), input.templateId());
          var stream = StreamRef.schedule(input.templateId());
          int version = ctx.streamVersion(stream);
          var template = ScheduleLookups.template(ctx, input.templateId());
          ScheduleScope.of(ctx, template.organizationId(), template.orgUnitId()).authorize(ctx);
          var assignment =
              ctx.attach(ScheduleTemplateQueries.class)
                  .findAssignment(template.id(), input.userId())
                  .filter(ScheduleAssignmentRow::isActive)
                  .orElseThrow(
                      () ->
                          Failures.notFound(
                              "assignment_not_found",
                              "user_id",
                              "user %s is not assigned to schedule template %s"
                                  .formatted(input.userId(), template.id())));
          return Decision.of(
                  new ScheduleAssignment(
                      template.id(),
                      assignment.userId(),
                      template.organizationId(),
                      assignment.effectiveFrom(),
                      assignment.effectiveUntil(),
                      false,
                      false))
              .expecting(stream, version)
              .emit(
                  EventTypes.SCHEDULE_USER_UNASSIGNED,
                  template.id(),
                  new ScheduleUserUnassignedEvent(
                      template.id(), assignment.userId(), template.organizationId(), reason));
        });
  }
}
