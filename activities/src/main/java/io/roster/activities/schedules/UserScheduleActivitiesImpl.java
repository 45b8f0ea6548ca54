package io.roster.activities.schedules;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.schedules.UserSchedulePolicyRow;
import io.roster.db.schedules.UserScheduleQueries;
import io.roster.db.schedules.WeeklyScheduleJson;
import java.util.UUID;

/** Per-user weekly schedules over the event store; see {@link UserScheduleActivities}. */
public final class UserScheduleActivitiesImpl implements UserScheduleActivities {

  private final CommandExecutor executor;

  public UserScheduleActivitiesImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public UserSchedule createUserSchedule(CreateUserSchedule input) {
    return executor.execute(
        "createUserSchedule",
        input.meta(),
        UserSchedule.class,
        ctx -> {
          CommandInputs.required(input.userId(), "user_id");
          CommandInputs.required(input.organizationId(), "organization_id");
          var schedule = CommandInputs.weeklySchedule(input.schedule(), "schedule");
          CommandInputs.dateOrder(
              input.effectiveFrom(), input.effectiveUntil(), "effective_from", "effective_until");
          var stream = StreamRef.user(input.userId());
          int version = ctx.streamVersion(stream);
          var user = Lookups.user(ctx, input.userId(), "user_id");
          var org = Lookups.activeOrganization(ctx, input.organizationId(), "organization_id");
          var scope = ScheduleScope.placement(ctx, org, input.orgUnitId(), null);
          scope.authorize(ctx);
          requireFreeKey(ctx, user.id(), scope, null);
          var event =
              new UserScheduleEvent(
                  ctx.newId("user_schedule"),
                  user.id(),
                  org.id(),
                  scope.orgUnitId(),
                  schedule,
                  input.effectiveFrom(),
                  input.effectiveUntil());
          return Decision.of(result(event, true, true))
              .expecting(stream, version)
              .emit(EventTypes.USER_SCHEDULE_CREATED, user.id(), event);
        });
  }

  @Override
  public UserSchedule updateUserSchedule(UpdateUserSchedule input) {
    return executor.execute(
        "updateUserSchedule",
        input.meta(),
        UserSchedule.class,
        ctx -> {
          CommandInputs.required(input.scheduleId(), "schedule_id");
          var schedule = CommandInputs.weeklySchedule(input.schedule(), "schedule");
          CommandInputs.dateOrder(
              input.effectiveFrom(), input.effectiveUntil(), "effective_from", "effective_until");
          var stream = userStream(ctx, input.scheduleId());
          int version = ctx.streamVersion(stream);
          var current = ScheduleLookups.userSchedule(ctx, input.scheduleId());
          var currentScope = ScheduleScope.of(ctx, current.organizationId(), current.orgUnitId());
          currentScope.authorize(ctx);
          if (!current.isActive()) {
            throw Failures.ruleViolated(
                "schedule_inactive",
                "schedule_id",
                "user schedule " + current.id() + " is not active: create a new one instead");
          }
          var org = Lookups.organization(ctx, current.organizationId(), "organization_id");
          var target = ScheduleScope.placement(ctx, org, input.orgUnitId(), current.orgUnitId());
          currentScope.authorizeMoveTo(ctx, target);
          requireFreeKey(ctx, current.userId(), target, current.id());
          var event =
              new UserScheduleEvent(
                  current.id(),
                  current.userId(),
                  org.id(),
                  target.orgUnitId(),
                  schedule,
                  input.effectiveFrom(),
                  input.effectiveUntil());
          return Decision.of(result(event, true, true))
              .expecting(stream, version)
              .emit(EventTypes.USER_SCHEDULE_UPDATED, current.userId(), event);
        });
  }

  @Override
  public UserSchedule deactivateUserSchedule(DeactivateUserSchedule input) {
    return executor.execute(
        "deactivateUserSchedule",
        input.meta(),
        UserSchedule.class,
        ctx -> {
          var stream = userStream(ctx, input.scheduleId());
          int version = ctx.streamVersion(stream);
          var current = ScheduleLookups.userSchedule(ctx, input.scheduleId());
          ScheduleScope.of(ctx, current.organizationId(), current.orgUnitId()).authorize(ctx);
          var unchanged = !current.isActive();
          var result =
              result(
                  new UserScheduleEvent(
                      current.id(),
                      current.userId(),
                      current.organizationId(),
                      current.orgUnitId(),
                      WeeklyScheduleJson.parse(current.schedule()),
                      current.effectiveFrom(),
                      current.effectiveUntil()),
                  false,
                  !unchanged);
          if (unchanged) {
            return Decision.of(result);
          }
          return Decision.of(result)
              .expecting(stream, version)
              .emit(
                  EventTypes.USER_SCHEDULE_DEACTIVATED,
                  current.userId(),
                  new UserScheduleDeactivatedEvent(
                      current.id(), current.userId(), current.organizationId()));
        });
  }

  /**
   * The stream of the schedule's user. A schedule never changes user, so reading it before the
   * stream version is safe; the state the command decides on is read again after the version.
   */
  private static StreamRef userStream(CommandContext ctx, UUID scheduleId) {
    return StreamRef.user(ScheduleLookups.userSchedule(ctx, scheduleId).userId());
  }

  /** Refuses {@code schedule_exists} when another active schedule holds the key already. */
  private static void requireFreeKey(
      CommandContext ctx, UUID userId, ScheduleScope scope, UUID exceptScheduleId) {
    ctx.attach(UserScheduleQueries.class)
        .findByKey(userId, scope.organizationId(), scope.orgUnitId())
        .filter(UserSchedulePolicyRow::isActive)
        .filter(existing -> !existing.id().equals(exceptScheduleId))
        .ifPresent(
            existing -> {
              throw Failures.ruleViolated(
                  "schedule_exists",
                  "org_unit_id",
                  "user %s already has active schedule %s in organization %s for %s"
                      .formatted(
                          userId,
                          existing.id(),
                          scope.organizationId(),
                          scope.orgUnitId() == null ? "no unit" : "unit " + scope.orgUnitId()));
            });
  }

  private static UserSchedule result(UserScheduleEvent e, boolean active, boolean changed) {
    return new UserSchedule(
        e.scheduleId(),
        e.userId(),
        e.organizationId(),
        e.orgUnitId(),
        e.schedule(),
        e.effectiveFrom(),
        e.effectiveUntil(),
        active,
        changed);
  }
}
