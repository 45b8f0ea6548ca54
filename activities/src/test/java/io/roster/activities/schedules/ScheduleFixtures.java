package io.roster.activities.schedules;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.activities.testing.FailureAssert;
import io.roster.db.events.EventStore;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StoredEvent;
import io.roster.db.events.StreamRef;
import io.roster.db.schedules.ScheduleAssignmentRow;
import io.roster.db.schedules.ScheduleTemplateQueries;
import io.roster.db.schedules.ScheduleTemplateRow;
import io.roster.db.schedules.UserSchedulePolicyRow;
import io.roster.db.schedules.UserScheduleQueries;
import io.roster.db.testing.EventFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The schedule activities over a {@link CommandWorld}, weekly schedules to feed them, and the rows
 * and events they leave behind, read through the production queries.
 */
final class ScheduleFixtures {

  final CommandWorld world;
  final ScheduleTemplateActivities templates;
  final UserScheduleActivities userSchedules;

  ScheduleFixtures(CommandWorld world) {
    this.world = world;
    this.templates = new ScheduleTemplateActivitiesImpl(world.executor);
    this.userSchedules = new UserScheduleActivitiesImpl(world.executor);
  }

  /** 002's example: weekdays 0800-1630 (Friday to 1200), weekend off. */
  static Map<String, Object> weekdays() {
    var week = new LinkedHashMap<String, Object>();
    for (var day : List.of("monday", "tuesday", "wednesday", "thursday")) {
      week.put(day, shift("0800", "1630"));
    }
    week.put("friday", shift("0800", "1200"));
    week.put("saturday", null);
    week.put("sunday", null);
    return week;
  }

  static Map<String, Object> shift(Object begin, Object end) {
    var shift = new LinkedHashMap<String, Object>();
    shift.put("begin", begin);
    shift.put("end", end);
    return shift;
  }

  /** A week with one entry; {@code value} may be null (a day off). */
  static Map<String, Object> week(String day, Object value) {
    var week = new LinkedHashMap<String, Object>();
    week.put(day, value);
    return week;
  }

  /** Asserts the command is refused {@code not_authorized} and writes nothing. */
  void notAuthorized(ThrowingCallable command) {
    FailureAssert.assertRefused(world, Failures.NOT_AUTHORIZED, "not_authorized", null, command);
  }

  /** A new unit of org A, deactivated. */
  UUID inactiveUnit() {
    var unit = world.fixtures.unit(world.orgA, "facility", "Closed facility");
    world.fixtures.append(
        EventTypes.ORGANIZATION_UNIT_DEACTIVATED,
        unit.id(),
        EventFixtures.data("unit_id", unit.id(), "organization_id", world.orgA.id()));
    return unit.id();
  }

  /** An active template of org A, at {@code unitId} (null: organization-wide), by the org admin. */
  ScheduleTemplate template(UUID unitId) {
    return templates.createScheduleTemplate(
        new CreateScheduleTemplate(
            CommandWorld.by(world.orgAdmin), world.orgA.id(), unitId, "Day shift", weekdays()));
  }

  ScheduleTemplate inactiveTemplate() {
    var template = template(null);
    templates.deactivateScheduleTemplate(
        new ChangeTemplateStatus(CommandWorld.by(world.orgAdmin), template.templateId()));
    return template;
  }

  ScheduleAssignment assign(UUID templateId, UUID userId) {
    return templates.assignUserToSchedule(
        new AssignUserToSchedule(CommandWorld.by(world.orgAdmin), templateId, userId, null, null));
  }

  ScheduleAssignment unassign(UUID templateId, UUID userId) {
    return templates.unassignUserFromSchedule(
        new UnassignUserFromSchedule(CommandWorld.by(world.orgAdmin), templateId, userId, null));
  }

  /** An organization-wide (unit null) or unit schedule of {@code userId} in org A. */
  UserSchedule userSchedule(UUID userId, UUID unitId) {
    return userSchedules.createUserSchedule(
        new CreateUserSchedule(
            CommandWorld.by(world.orgAdmin),
            userId,
            world.orgA.id(),
            unitId,
            weekdays(),
            null,
            null));
  }

  UserSchedule deactivate(UUID scheduleId) {
    return userSchedules.deactivateUserSchedule(
        new DeactivateUserSchedule(CommandWorld.by(world.orgAdmin), scheduleId));
  }

  Optional<ScheduleTemplateRow> templateRow(UUID templateId) {
    return world
        .db
        .jdbi()
        .withExtension(ScheduleTemplateQueries.class, q -> q.findTemplate(templateId));
  }

  Optional<ScheduleAssignmentRow> assignmentRow(UUID templateId, UUID userId) {
    return world
        .db
        .jdbi()
        .withExtension(ScheduleTemplateQueries.class, q -> q.findAssignment(templateId, userId));
  }

  Optional<UserSchedulePolicyRow> policyRow(UUID scheduleId) {
    return world
        .db
        .jdbi()
        .withExtension(UserScheduleQueries.class, q -> q.findSchedule(scheduleId));
  }

  int assignedUserCount(UUID templateId) {
    return templateRow(templateId).orElseThrow().assignedUserCount();
  }

  List<StoredEvent> events(StreamRef stream) {
    var store = new EventStore(world.db.jdbi());
    return world.db.jdbi().withHandle(h -> store.readStream(h, stream));
  }

  List<String> eventTypes(StreamRef stream) {
    return events(stream).stream().map(StoredEvent::eventType).toList();
  }
}
