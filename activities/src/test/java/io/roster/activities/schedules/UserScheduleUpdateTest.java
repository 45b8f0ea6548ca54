package io.roster.activities.schedules;

import static io.roster.activities.command.Failures.NOT_FOUND;
import static io.roster.activities.command.Failures.RULE_VIOLATED;
import static io.roster.activities.schedules.ScheduleFixtures.shift;
import static io.roster.activities.schedules.ScheduleFixtures.week;
import static io.roster.activities.schedules.ScheduleFixtures.weekdays;
import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.schedules.WeeklyScheduleJson;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Per-user weekly schedules (002): the rules of update and deactivate. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserScheduleUpdateTest {

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

  private UserSchedule create(UUID actor, UUID user, UUID orgId, UUID unitId) {
    return s.userSchedules.createUserSchedule(
        new CreateUserSchedule(by(actor), user, orgId, unitId, weekdays(), null, null));
  }

  private UserSchedule update(UUID actor, UUID scheduleId, UUID unitId) {
    return s.userSchedules.updateUserSchedule(
        new UpdateUserSchedule(by(actor), scheduleId, unitId, weekdays(), null, null));
  }

  @Test
  void updateReplacesScheduleUnitAndDates() {
    var user = world.newUser("mover");
    var schedule = create(world.orgAdmin, user, world.orgA.id(), world.facility1.id());
    var night = week("monday", shift("2200", "0600"));
    var until = LocalDate.of(2026, 12, 31);

    var updated =
        s.userSchedules.updateUserSchedule(
            new UpdateUserSchedule(
                by(world.orgAdmin),
                schedule.scheduleId(),
                world.facility2.id(),
                night,
                null,
                until));

    assertThat(updated.orgUnitId()).isEqualTo(world.facility2.id());
    var row = s.policyRow(schedule.scheduleId()).orElseThrow();
    assertThat(row.orgUnitId()).isEqualTo(world.facility2.id());
    assertThat(row.effectiveUntil()).isEqualTo(until);
    assertThat(WeeklyScheduleJson.parse(row.schedule())).isEqualTo(night);
    assertThat(s.eventTypes(StreamRef.user(user))).endsWith(EventTypes.USER_SCHEDULE_UPDATED);
  }

  @Test
  void movingAScheduleOntoAKeyWithAnActiveScheduleIsRefused() {
    var user = world.newUser("clash");
    create(world.orgAdmin, user, world.orgA.id(), null);
    var unitScoped = create(world.orgAdmin, user, world.orgA.id(), world.facility1.id());
    assertRefused(
        world,
        RULE_VIOLATED,
        "schedule_exists",
        "org_unit_id",
        () -> update(world.orgAdmin, unitScoped.scheduleId(), null));
    assertThat(update(world.orgAdmin, unitScoped.scheduleId(), world.facility1.id()).orgUnitId())
        .as("staying on its own key is no clash")
        .isEqualTo(world.facility1.id());
  }

  @Test
  void movingAScheduleOntoAKeyWithOnlyAnInactiveScheduleReplacesThatRow() {
    var user = world.newUser("free");
    var old = create(world.orgAdmin, user, world.orgA.id(), null);
    s.deactivate(old.scheduleId());
    var unitScoped = create(world.orgAdmin, user, world.orgA.id(), world.facility1.id());

    var moved = update(world.orgAdmin, unitScoped.scheduleId(), null);

    assertThat(moved.orgUnitId()).isNull();
    assertThat(s.policyRow(unitScoped.scheduleId()).orElseThrow().orgUnitId()).isNull();
    assertThat(s.policyRow(old.scheduleId())).isEmpty();
  }

  @Test
  void movingNeedsScheduleManageAtBothScopes() {
    var schedule =
        create(world.facilityAdmin, world.newUser("fa"), world.orgA.id(), world.facility1.id());
    s.notAuthorized(() -> update(world.facilityAdmin, schedule.scheduleId(), world.facility2.id()));
    s.notAuthorized(() -> update(world.clinician, schedule.scheduleId(), world.facility1.id()));
    assertRefused(
        world,
        RULE_VIOLATED,
        "unit_must_belong_to_same_organization",
        "org_unit_id",
        () -> update(world.superAdmin, schedule.scheduleId(), world.facilityB.id()));
    assertThat(update(world.facilityAdmin, schedule.scheduleId(), world.program1.id()).orgUnitId())
        .isEqualTo(world.program1.id());
  }

  @Test
  void anInactiveOrUnknownScheduleCannotBeUpdated() {
    var schedule = create(world.orgAdmin, world.newUser("gone"), world.orgA.id(), null);
    s.deactivate(schedule.scheduleId());
    assertRefused(
        world,
        RULE_VIOLATED,
        "schedule_inactive",
        "schedule_id",
        () -> update(world.orgAdmin, schedule.scheduleId(), null));
    assertRefused(
        world,
        NOT_FOUND,
        "schedule_not_found",
        "schedule_id",
        () -> update(world.orgAdmin, UUID.randomUUID(), null));
  }

  @Test
  void deactivatingTwiceWritesNothingTheSecondTime() {
    var schedule = create(world.orgAdmin, world.newUser("twice"), world.orgA.id(), null);
    s.deactivate(schedule.scheduleId());
    long before = world.eventCount();

    var again = s.deactivate(schedule.scheduleId());

    assertThat(again.changed()).isFalse();
    assertThat(again.active()).isFalse();
    assertThat(world.eventCount()).isEqualTo(before);
  }

  @Test
  void deactivatingNeedsScheduleManageAndAnExistingSchedule() {
    var schedule =
        create(world.orgAdmin, world.newUser("kept"), world.orgA.id(), world.facility2.id());
    for (var actor : new UUID[] {world.facilityAdmin, world.peerMentor, world.orgBAdmin}) {
      s.notAuthorized(
          () ->
              s.userSchedules.deactivateUserSchedule(
                  new DeactivateUserSchedule(by(actor), schedule.scheduleId())));
    }
    assertRefused(
        world,
        NOT_FOUND,
        "schedule_not_found",
        "schedule_id",
        () -> s.deactivate(UUID.randomUUID()));
    assertThat(s.policyRow(schedule.scheduleId()).orElseThrow().isActive()).isTrue();
  }
}
