package io.roster.activities.schedules;

import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.schedules.ScheduleTemplateQueries;

/**
 * Schedule templates over the event store; see {@link ScheduleTemplateActivities}. Assignments are
 * decided by {@link TemplateAssignments}.
 */
public final class ScheduleTemplateActivitiesImpl implements ScheduleTemplateActivities {

  private final CommandExecutor executor;
  private final TemplateAssignments assignments;

  public ScheduleTemplateActivitiesImpl(CommandExecutor executor) {
    this.executor = executor;
    this.assignments = new TemplateAssignments(executor);
  }

  @Override
  public ScheduleTemplate createScheduleTemplate(CreateScheduleTemplate input) {
    return executor.execute(
        "createScheduleTemplate",
        input.meta(),
        ScheduleTemplate.class,
        ctx -> {
          var name =
              CommandInputs.text(input.scheduleName(), "schedule_name", CommandInputs.MAX_NAME);
          var schedule = CommandInputs.weeklySchedule(input.schedule(), "schedule");
          var org = Lookups.activeOrganization(ctx, input.organizationId(), "organization_id");
          var scope = ScheduleScope.placement(ctx, org, input.orgUnitId(), null);
          scope.authorize(ctx);
          var id = ctx.newId("schedule_template");
          return Decision.of(
                  new ScheduleTemplate(id, org.id(), scope.orgUnitId(), name, schedule, true))
              .expecting(StreamRef.schedule(id), 0)
              .emit(
                  EventTypes.SCHEDULE_CREATED,
                  id,
                  new ScheduleTemplateEvent(id, org.id(), scope.orgUnitId(), name, schedule));
        });
  }

  @Override
  public ScheduleTemplate updateScheduleTemplate(UpdateScheduleTemplate input) {
    return executor.execute(
        "updateScheduleTemplate",
        input.meta(),
        ScheduleTemplate.class,
        ctx -> {
          CommandInputs.required(input.templateId(), "template_id");
          var name =
              CommandInputs.text(input.scheduleName(), "schedule_name", CommandInputs.MAX_NAME);
          var schedule = CommandInputs.weeklySchedule(input.schedule(), "schedule");
          var stream = StreamRef.schedule(input.templateId());
          int version = ctx.streamVersion(stream);
          var template = ScheduleLookups.template(ctx, input.templateId());
          var current = ScheduleScope.of(ctx, template.organizationId(), template.orgUnitId());
          current.authorize(ctx);
          var org = Lookups.organization(ctx, template.organizationId(), "organization_id");
          var target = ScheduleScope.placement(ctx, org, input.orgUnitId(), template.orgUnitId());
          current.authorizeMoveTo(ctx, target);
          return Decision.of(
                  new ScheduleTemplate(
                      template.id(),
                      org.id(),
                      target.orgUnitId(),
                      name,
                      schedule,
                      template.isActive()))
              .expecting(stream, version)
              .emit(
                  EventTypes.SCHEDULE_UPDATED,
                  template.id(),
                  new ScheduleTemplateEvent(
                      template.id(), org.id(), target.orgUnitId(), name, schedule));
        });
  }

  @Override
  public TemplateStatus deactivateScheduleTemplate(ChangeTemplateStatus input) {
    return changeStatus("deactivateScheduleTemplate", input, false);
  }

  @Override
  public TemplateStatus reactivateScheduleTemplate(ChangeTemplateStatus input) {
    return changeStatus("reactivateScheduleTemplate", input, true);
  }

  private TemplateStatus changeStatus(String command, ChangeTemplateStatus input, boolean active) {
    return executor.execute(
        command,
        input.meta(),
        TemplateStatus.class,
        ctx -> {
          CommandInputs.required(input.templateId(), "template_id");
          var stream = StreamRef.schedule(input.templateId());
          int version = ctx.streamVersion(stream);
          var template = ScheduleLookups.template(ctx, input.templateId());
          ScheduleScope.of(ctx, template.organizationId(), template.orgUnitId()).authorize(ctx);
          if (template.isActive() == active) {
            return Decision.of(new TemplateStatus(template.id(), active, false));
          }
          return Decision.of(new TemplateStatus(template.id(), active, true))
              .expecting(stream, version)
              .emit(
                  active ? EventTypes.SCHEDULE_REACTIVATED : EventTypes.SCHEDULE_DEACTIVATED,
                  template.id(),
                  new ScheduleTemplateStatusEvent(template.id(), template.organizationId()));
        });
  }

  @Override
  public TemplateDeleted deleteScheduleTemplate(ChangeTemplateStatus input) {
    return executor.execute(
        "deleteScheduleTemplate",
        input.meta(),
        TemplateDeleted.class,
        ctx -> {
          CommandInputs.required(input.templateId(), "template_id");
          var stream = StreamRef.schedule(input.templateId());
          int version = ctx.streamVersion(stream);
          var template = ScheduleLookups.template(ctx, input.templateId());
          ScheduleScope.of(ctx, template.organizationId(), template.orgUnitId()).authorize(ctx);
          if (template.isActive()) {
            throw Failures.ruleViolated(
                "template_active",
                "template_id",
                "schedule template " + template.id() + " is active: deactivate it first");
          }
          int removed = ctx.attach(ScheduleTemplateQueries.class).countAssignments(template.id());
          return Decision.of(new TemplateDeleted(template.id(), template.organizationId(), removed))
              .expecting(stream, version)
              .emit(
                  EventTypes.SCHEDULE_DELETED,
                  template.id(),
                  new ScheduleTemplateStatusEvent(template.id(), template.organizationId()));
        });
  }

  @Override
  public ScheduleAssignment assignUserToSchedule(AssignUserToSchedule input) {
    return assignments.assign(input);
  }

  @Override
  public ScheduleAssignment unassignUserFromSchedule(UnassignUserFromSchedule input) {
    return assignments.unassign(input);
  }
}
