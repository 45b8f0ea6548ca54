package io.roster.activities.schedules;

import static io.roster.activities.schedules.ScheduleFixtures.shift;
import static io.roster.activities.schedules.ScheduleFixtures.week;
import static io.roster.activities.schedules.ScheduleFixtures.weekdays;
import static io.roster.activities.testing.CommandWorld.by;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.CommandMeta;
import io.roster.activities.testing.CommandWorld;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every schedule command run twice with one idempotency key writes its events once and returns the
 * same result both times, even when the state changed in between.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleIdempotencyTest {

  private CommandWorld world;
  private ScheduleFixtures s;

  @BeforeAll
  void setUp() {
    world = new CommandWorld();
    s = new ScheduleFixtures(world);
  }

  @AfterAll
  void tearDown() {
    world.close();
  }

  /** Runs {@code command} twice with one key: one event the first time, none the second. */
  private <R> R runTwice(Function<CommandMeta, R> command) {
    var meta = by(world.orgAdmin);
    long before = world.eventCount();
    var first = command.apply(meta);
    long afterFirst = world.eventCount();
    var second = command.apply(meta);
    assertThat(afterFirst - before).as("events of the first run").isEqualTo(1);
    assertThat(world.eventCount()).as("events of the second run").isEqualTo(afterFirst);
    assertThat(second).isEqualTo(first);
    return first;
  }

  @Test
  void templateCommandsRunTwiceWriteOnce() {
    var template =
        runTwice(
            meta ->
                s.templates.createScheduleTemplate(
                    new CreateScheduleTemplate(meta, world.orgA.id(), null, "Once", weekdays())));
    var id = template.templateId();
    runTwice(
        meta ->
            s.templates.updateScheduleTemplate(
                new UpdateScheduleTemplate(
                    meta,
                    id,
                    world.facility1.id(),
                    "Twice",
                    week("monday", shift("2200", "0600")))));
    var user = world.newUser("idem");
    var from = LocalDate.of(2026, 2, 1);
    runTwice(
        meta ->
            s.templates.assignUserToSchedule(new AssignUserToSchedule(meta, id, user, from, null)));
    runTwice(
        meta ->
            s.templates.unassignUserFromSchedule(
                new UnassignUserFromSchedule(meta, id, user, "done")));
    runTwice(meta -> s.templates.deactivateScheduleTemplate(new ChangeTemplateStatus(meta, id)));
    runTwice(meta -> s.templates.reactivateScheduleTemplate(new ChangeTemplateStatus(meta, id)));
    s.templates.deactivateScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id));
    var deleted =
        runTwice(meta -> s.templates.deleteScheduleTemplate(new ChangeTemplateStatus(meta, id)));
    assertThat(deleted.removedAssignments()).isEqualTo(1);
    assertThat(s.templateRow(id)).isEmpty();
  }

  @Test
  void userScheduleCommandsRunTwiceWriteOnce() {
    var user = world.newUser("idem-policy");
    var schedule =
        runTwice(
            meta ->
                s.userSchedules.createUserSchedule(
                    new CreateUserSchedule(
                        meta, user, world.orgA.id(), null, weekdays(), null, null)));
    var id = schedule.scheduleId();
    var until = LocalDate.of(2026, 8, 31);
    runTwice(
        meta ->
            s.userSchedules.updateUserSchedule(
                new UpdateUserSchedule(meta, id, world.facility2.id(), weekdays(), null, until)));
    var off =
        runTwice(
            meta -> s.userSchedules.deactivateUserSchedule(new DeactivateUserSchedule(meta, id)));
    assertThat(off.changed()).isTrue();
    assertThat(s.policyRow(id).orElseThrow().isActive()).isFalse();
  }

  @Test
  void aRetriedAssignReturnsItsFirstResultAfterTheUserWasUnassigned() {
    var template = s.template(null);
    var user = world.newUser("retried");
    var meta = by(world.orgAdmin);
    var input = new AssignUserToSchedule(meta, template.templateId(), user, null, null);
    var first = s.templates.assignUserToSchedule(input);
    s.unassign(template.templateId(), user);
    long before = world.eventCount();

    var retried = s.templates.assignUserToSchedule(input);

    assertThat(retried).isEqualTo(first);
    assertThat(world.eventCount()).isEqualTo(before);
    assertThat(s.assignmentRow(template.templateId(), user).orElseThrow().isActive()).isFalse();
  }
}
