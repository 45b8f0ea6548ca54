package io.roster.activities.schedules;

import static io.roster.activities.command.Failures.NOT_AUTHORIZED;
import static io.roster.activities.command.Failures.NOT_FOUND;
import static io.roster.activities.command.Failures.RULE_VIOLATED;
import static io.roster.activities.command.Failures.VALIDATION_FAILED;
import static io.roster.activities.schedules.ScheduleFixtures.shift;
import static io.roster.activities.schedules.ScheduleFixtures.week;
import static io.roster.activities.schedules.ScheduleFixtures.weekdays;
import static io.roster.activities.testing.CommandWorld.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.ActivityRoundTrip;
import io.roster.activities.testing.CommandWorld;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every schedule command through Temporal's data converter: inputs (the Map-valued weekly schedule
 * with its null days, dates), results, and failures that arrive as an {@link ApplicationFailure} of
 * the right type and code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleActivityRoundTripTest {

  private CommandWorld world;
  private ActivityRoundTrip temporal;
  private ScheduleTemplateActivities templates;
  private UserScheduleActivities userSchedules;

  @BeforeAll
  void setUp() {
    world = new CommandWorld();
    temporal = new ActivityRoundTrip();
    templates =
        temporal.stub(
            ScheduleTemplateActivities.class, new ScheduleTemplateActivitiesImpl(world.executor));
    userSchedules =
        temporal.stub(UserScheduleActivities.class, new UserScheduleActivitiesImpl(world.executor));
  }

  @AfterAll
  void tearDown() {
    temporal.close();
    world.close();
  }

  private static void assertFailure(String type, String code, ThrowingCallable call) {
    var failure = catchThrowableOfType(ActivityFailure.class, call);
    assertThat(failure).as("an activity failure").isNotNull();
    assertThat(failure.getCause()).isInstanceOf(ApplicationFailure.class);
    var cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo(type);
    assertThat(Failures.code(cause)).isEqualTo(code);
    assertThat(cause.isNonRetryable()).isTrue();
  }

  @Test
  void templateCommandsCrossTheDataConverter() {
    var created =
        templates.createScheduleTemplate(
            new CreateScheduleTemplate(
                by(world.orgAdmin), world.orgA.id(), world.facility1.id(), "Day", weekdays()));
    assertThat(created.schedule()).isEqualTo(weekdays()).containsEntry("saturday", null);
    assertThat(created.orgUnitId()).isEqualTo(world.facility1.id());
    var id = created.templateId();
    assertFailure(
        VALIDATION_FAILED,
        "invalid_hhmm",
        () ->
            templates.createScheduleTemplate(
                new CreateScheduleTemplate(
                    by(world.orgAdmin),
                    world.orgA.id(),
                    null,
                    "Bad",
                    week("monday", shift("2400", "0100")))));

    var night = week("sunday", shift("2200", "0600"));
    var updated =
        templates.updateScheduleTemplate(
            new UpdateScheduleTemplate(by(world.orgAdmin), id, null, "Night", night));
    assertThat(updated)
        .isEqualTo(new ScheduleTemplate(id, world.orgA.id(), null, "Night", night, true));
    assertFailure(
        NOT_AUTHORIZED,
        "not_authorized",
        () ->
            templates.updateScheduleTemplate(
                new UpdateScheduleTemplate(by(world.clinician), id, null, "Night", night)));

    var user = world.newUser("rt");
    var from = LocalDate.of(2026, 1, 15);
    var until = LocalDate.of(2026, 12, 15);
    var assigned =
        templates.assignUserToSchedule(
            new AssignUserToSchedule(by(world.coordinator), id, user, from, until));
    assertThat(assigned)
        .isEqualTo(new ScheduleAssignment(id, user, world.orgA.id(), from, until, true, false));
    assertFailure(
        RULE_VIOLATED,
        "already_assigned",
        () ->
            templates.assignUserToSchedule(
                new AssignUserToSchedule(by(world.coordinator), id, user, null, null)));

    var unassigned =
        templates.unassignUserFromSchedule(
            new UnassignUserFromSchedule(by(world.coordinator), id, user, "rotated"));
    assertThat(unassigned.active()).isFalse();
    assertFailure(
        NOT_FOUND,
        "assignment_not_found",
        () ->
            templates.unassignUserFromSchedule(
                new UnassignUserFromSchedule(by(world.coordinator), id, user, null)));

    assertFailure(
        RULE_VIOLATED,
        "template_active",
        () -> templates.deleteScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id)));
    assertThat(
            templates.deactivateScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id)))
        .isEqualTo(new TemplateStatus(id, false, true));
    assertFailure(
        NOT_FOUND,
        "template_not_found",
        () ->
            templates.deactivateScheduleTemplate(
                new ChangeTemplateStatus(by(world.orgAdmin), UUID.randomUUID())));
    assertThat(
            templates.reactivateScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id)))
        .isEqualTo(new TemplateStatus(id, true, true));
    assertFailure(
        NOT_FOUND,
        "template_not_found",
        () ->
            templates.reactivateScheduleTemplate(
                new ChangeTemplateStatus(by(world.orgAdmin), UUID.randomUUID())));
    templates.deactivateScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id));
    assertThat(templates.deleteScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id)))
        .isEqualTo(new TemplateDeleted(id, world.orgA.id(), 1));
  }

  @Test
  void userScheduleCommandsCrossTheDataConverter() {
    var user = world.newUser("rt-policy");
    var from = LocalDate.of(2026, 3, 1);
    var created =
        userSchedules.createUserSchedule(
            new CreateUserSchedule(
                by(world.facilityAdmin),
                user,
                world.orgA.id(),
                world.facility1.id(),
                weekdays(),
                from,
                null));
    assertThat(created.schedule()).isEqualTo(weekdays());
    assertThat(created.effectiveFrom()).isEqualTo(from);
    assertThat(created.active()).isTrue();
    assertFailure(
        RULE_VIOLATED,
        "schedule_exists",
        () ->
            userSchedules.createUserSchedule(
                new CreateUserSchedule(
                    by(world.facilityAdmin),
                    user,
                    world.orgA.id(),
                    world.facility1.id(),
                    weekdays(),
                    null,
                    null)));

    var night = week("friday", shift("2300", "0700"));
    var updated =
        userSchedules.updateUserSchedule(
            new UpdateUserSchedule(
                by(world.facilityAdmin),
                created.scheduleId(),
                world.program1.id(),
                night,
                from,
                null));
    assertThat(updated)
        .isEqualTo(
            new UserSchedule(
                created.scheduleId(),
                user,
                world.orgA.id(),
                world.program1.id(),
                night,
                from,
                null,
                true,
                true));
    assertFailure(
        VALIDATION_FAILED,
        "date_order",
        () ->
            userSchedules.updateUserSchedule(
                new UpdateUserSchedule(
                    by(world.facilityAdmin),
                    created.scheduleId(),
                    null,
                    night,
                    from,
                    from.minusDays(1))));

    assertFailure(
        NOT_AUTHORIZED,
        "not_authorized",
        () ->
            userSchedules.deactivateUserSchedule(
                new DeactivateUserSchedule(by(world.peerMentor), created.scheduleId())));
    var off =
        userSchedules.deactivateUserSchedule(
            new DeactivateUserSchedule(by(world.facilityAdmin), created.scheduleId()));
    assertThat(off.active()).isFalse();
    assertThat(off.schedule()).isEqualTo(night);
  }
}
