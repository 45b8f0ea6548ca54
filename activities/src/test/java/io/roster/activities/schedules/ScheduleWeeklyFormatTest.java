package io.roster.activities.schedules;

import static io.roster.activities.command.Failures.VALIDATION_FAILED;
import static io.roster.activities.schedules.ScheduleFixtures.shift;
import static io.roster.activities.schedules.ScheduleFixtures.week;
import static io.roster.activities.schedules.ScheduleFixtures.weekdays;
import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.testing.CommandWorld;
import io.roster.db.schedules.WeeklyScheduleJson;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The weekly schedule of 002 (DESIGN.md §7), on templates and user schedules alike: keys {@code
 * monday}..{@code sunday}, {@code HHMM} from 0000 to 2359, begin != end; an end before the begin is
 * an overnight shift.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleWeeklyFormatTest {

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

  static Stream<Arguments> invalidWeeks() {
    var missingEnd = new HashMap<String, Object>();
    missingEnd.put("begin", "0800");
    return Stream.of(
        Arguments.of(
            "hour 24",
            week("monday", shift("0800", "2400")),
            "invalid_hhmm",
            "schedule.monday.end"),
        Arguments.of(
            "colon",
            week("monday", shift("12:00", "1600")),
            "invalid_hhmm",
            "schedule.monday.begin"),
        Arguments.of(
            "minute 60",
            week("friday", shift("0860", "1600")),
            "invalid_hhmm",
            "schedule.friday.begin"),
        Arguments.of(
            "number", week("monday", shift(800, "1600")), "invalid_hhmm", "schedule.monday.begin"),
        Arguments.of(
            "begin equals end",
            week("tuesday", shift("0800", "0800")),
            "schedule_begin_equals_end",
            "schedule.tuesday"),
        Arguments.of(
            "unknown day",
            week("funday", shift("0800", "1600")),
            "invalid_schedule_day",
            "schedule.funday"),
        Arguments.of(
            "no end", week("monday", missingEnd), "invalid_schedule_day", "schedule.monday"),
        Arguments.of("no days", Map.of(), "invalid_schedule", "schedule"),
        Arguments.of("no schedule", null, "required", "schedule"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidWeeks")
  void templatesRefuseAnInvalidWeek(
      String why, Map<String, Object> week, String code, String field) {
    assertRefused(
        world,
        VALIDATION_FAILED,
        code,
        field,
        () ->
            s.templates.createScheduleTemplate(
                new CreateScheduleTemplate(
                    by(world.orgAdmin), world.orgA.id(), null, "Bad", week)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidWeeks")
  void userSchedulesRefuseAnInvalidWeek(
      String why, Map<String, Object> week, String code, String field) {
    var user = world.newUser("bad-week");
    assertRefused(
        world,
        VALIDATION_FAILED,
        code,
        field,
        () ->
            s.userSchedules.createUserSchedule(
                new CreateUserSchedule(
                    by(world.orgAdmin), user, world.orgA.id(), null, week, null, null)));
  }

  @Test
  void updatesRefuseAnInvalidWeekToo() {
    var template = s.template(null);
    var schedule = s.userSchedule(world.newUser("upd"), null);
    var bad = week("monday", shift("2400", "0600"));
    assertRefused(
        world,
        VALIDATION_FAILED,
        "invalid_hhmm",
        "schedule.monday.begin",
        () ->
            s.templates.updateScheduleTemplate(
                new UpdateScheduleTemplate(
                    by(world.orgAdmin), template.templateId(), null, "Night", bad)));
    assertRefused(
        world,
        VALIDATION_FAILED,
        "invalid_hhmm",
        "schedule.monday.begin",
        () ->
            s.userSchedules.updateUserSchedule(
                new UpdateUserSchedule(
                    by(world.orgAdmin), schedule.scheduleId(), null, bad, null, null)));
  }

  @Test
  void anOvernightShiftIsAcceptedAndStoredAsGiven() {
    var overnight = week("saturday", shift("2200", "0600"));

    var template =
        s.templates.createScheduleTemplate(
            new CreateScheduleTemplate(
                by(world.orgAdmin), world.orgA.id(), null, "Night", overnight));
    var schedule =
        s.userSchedules.createUserSchedule(
            new CreateUserSchedule(
                by(world.orgAdmin),
                world.newUser("night"),
                world.orgA.id(),
                null,
                overnight,
                null,
                null));

    assertThat(
            WeeklyScheduleJson.parse(s.templateRow(template.templateId()).orElseThrow().schedule()))
        .isEqualTo(overnight);
    assertThat(
            WeeklyScheduleJson.parse(s.policyRow(schedule.scheduleId()).orElseThrow().schedule()))
        .isEqualTo(overnight);
  }

  @Test
  void nullDaysAreDaysOffAndTheWholeDayRangeIsAccepted() {
    var week = weekdays();
    week.put("monday", shift("0000", "2359"));

    var template =
        s.templates.createScheduleTemplate(
            new CreateScheduleTemplate(by(world.orgAdmin), world.orgA.id(), null, "Full", week));

    var stored =
        WeeklyScheduleJson.parse(s.templateRow(template.templateId()).orElseThrow().schedule());
    assertThat(stored).containsEntry("saturday", null).containsEntry("sunday", null);
    assertThat(stored).isEqualTo(week);
    var allOff = week("sunday", null);
    var schedule =
        s.userSchedules.createUserSchedule(
            new CreateUserSchedule(
                by(world.orgAdmin),
                world.newUser("off"),
                world.orgA.id(),
                null,
                allOff,
                null,
                null));
    assertThat(
            WeeklyScheduleJson.parse(s.policyRow(schedule.scheduleId()).orElseThrow().schedule()))
        .containsEntry("sunday", null);
  }
}
