package io.roster.activities.schedules;

import static io.roster.activities.command.Failures.NOT_FOUND;
import static io.roster.activities.command.Failures.RULE_VIOLATED;
import static io.roster.activities.command.Failures.VALIDATION_FAILED;
import static io.roster.activities.schedules.ScheduleFixtures.weekdays;
import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventIds;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.schedules.WeeklyScheduleJson;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Per-user weekly schedules (002): the rules of create (one active schedule per key, scope, dates).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserScheduleRulesTest {

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

  @Test
  void createWritesScheduleCreatedInTheUsersStreamWithAnIdFromTheKey() {
    var user = world.newUser("alex");
    var meta = by(world.orgAdmin);
    var from = LocalDate.of(2026, 4, 1);

    var schedule =
        s.userSchedules.createUserSchedule(
            new CreateUserSchedule(
                meta, user, world.orgA.id(), world.facility1.id(), weekdays(), from, null));

    assertThat(schedule.scheduleId())
        .isEqualTo(EventIds.uuidV5(EventIds.NAMESPACE, meta.idempotencyKey() + "/user_schedule"));
    var events = s.events(StreamRef.user(user));
    var event = events.get(events.size() - 1);
    assertThat(event.eventType()).isEqualTo(EventTypes.USER_SCHEDULE_CREATED);
    assertThat(event.data().get("schedule_id").asText())
        .isEqualTo(schedule.scheduleId().toString());
    assertThat(event.data().get("user_id").asText()).isEqualTo(user.toString());
    assertThat(event.data().get("organization_id").asText()).isEqualTo(world.orgA.id().toString());
    assertThat(event.data().get("org_unit_id").asText()).isEqualTo(world.facility1.id().toString());
    assertThat(event.data().get("effective_from").asText()).isEqualTo("2026-04-01");
    assertThat(event.data().get("effective_until").isNull()).isTrue();
    var row = s.policyRow(schedule.scheduleId()).orElseThrow();
    assertThat(row.userId()).isEqualTo(user);
    assertThat(row.orgUnitId()).isEqualTo(world.facility1.id());
    assertThat(row.effectiveFrom()).isEqualTo(from);
    assertThat(row.isActive()).isTrue();
    assertThat(WeeklyScheduleJson.parse(row.schedule())).isEqualTo(weekdays());
  }

  @Test
  void oneActiveOrganizationWideSchedulePerUserAndOrganization() {
    var user = world.newUser("one");
    create(world.orgAdmin, user, world.orgA.id(), null);
    assertRefused(
        world,
        RULE_VIOLATED,
        "schedule_exists",
        "org_unit_id",
        () -> create(world.coordinator, user, world.orgA.id(), null));
    assertThat(create(world.orgAdmin, world.newUser("other"), world.orgA.id(), null).active())
        .as("another user has a key of their own")
        .isTrue();
  }

  @Test
  void oneActiveSchedulePerUnitAlongsideTheOrganizationWideOne() {
    var user = world.newUser("both");
    create(world.orgAdmin, user, world.orgA.id(), null);
    var unitScoped = create(world.orgAdmin, user, world.orgA.id(), world.facility1.id());
    var otherUnit = create(world.orgAdmin, user, world.orgA.id(), world.facility2.id());
    assertThat(unitScoped.active()).isTrue();
    assertThat(otherUnit.active()).isTrue();
    assertRefused(
        world,
        RULE_VIOLATED,
        "schedule_exists",
        "org_unit_id",
        () -> create(world.orgAdmin, user, world.orgA.id(), world.facility1.id()));
  }

  @Test
  void afterDeactivationANewScheduleForTheSameKeyIsAccepted() {
    var user = world.newUser("again");
    var first = create(world.orgAdmin, user, world.orgA.id(), null);
    var off = s.deactivate(first.scheduleId());
    assertThat(off.active()).isFalse();
    assertThat(off.changed()).isTrue();
    assertThat(s.policyRow(first.scheduleId()).orElseThrow().isActive()).isFalse();

    var second = create(world.orgAdmin, user, world.orgA.id(), null);

    assertThat(s.policyRow(second.scheduleId()).orElseThrow().isActive()).isTrue();
    assertThat(s.policyRow(first.scheduleId()))
        .as("the inactive row of the key is replaced in place")
        .isEmpty();
    assertThat(s.eventTypes(StreamRef.user(user)))
        .endsWith(
            EventTypes.USER_SCHEDULE_CREATED,
            EventTypes.USER_SCHEDULE_DEACTIVATED,
            EventTypes.USER_SCHEDULE_CREATED);
  }

  @Test
  void managersOfTheScopeMayManageSchedules() {
    assertThat(create(world.coordinator, world.newUser("c"), world.orgA.id(), null).active())
        .isTrue();
    assertThat(
            create(world.facilityAdmin, world.newUser("f"), world.orgA.id(), world.facility1.id())
                .active())
        .isTrue();
    assertThat(
            create(world.facilityAdmin, world.newUser("p"), world.orgA.id(), world.program1.id())
                .active())
        .isTrue();
    assertThat(create(world.superAdmin, world.newUser("s"), world.orgB.id(), null).active())
        .isTrue();
  }

  @Test
  void actorsWithoutScheduleManageAtTheScopeAreRefused() {
    var user = world.newUser("target");
    for (var actor : new UUID[] {world.clinician, world.peerMentor, world.orgBAdmin, world.staff}) {
      s.notAuthorized(() -> create(actor, user, world.orgA.id(), null));
    }
    s.notAuthorized(() -> create(world.facilityAdmin, user, world.orgA.id(), null));
    s.notAuthorized(() -> create(world.facilityAdmin, user, world.orgA.id(), world.facility2.id()));
    s.notAuthorized(() -> create(world.orgBAdmin, user, world.orgA.id(), world.facility1.id()));
  }

  @Test
  void theUnitMustBeAnActiveUnitOfTheOrganization() {
    var user = world.newUser("unit");
    assertRefused(
        world,
        RULE_VIOLATED,
        "unit_must_belong_to_same_organization",
        "org_unit_id",
        () -> create(world.superAdmin, user, world.orgA.id(), world.facilityB.id()));
    var closed = s.inactiveUnit();
    assertRefused(
        world,
        RULE_VIOLATED,
        "unit_inactive",
        "org_unit_id",
        () -> create(world.orgAdmin, user, world.orgA.id(), closed));
    assertRefused(
        world,
        NOT_FOUND,
        "unit_not_found",
        "org_unit_id",
        () -> create(world.orgAdmin, user, world.orgA.id(), UUID.randomUUID()));
  }

  @Test
  void theUserAndOrganizationMustExist() {
    assertRefused(
        world,
        NOT_FOUND,
        "user_not_found",
        "user_id",
        () -> create(world.orgAdmin, UUID.randomUUID(), world.orgA.id(), null));
    assertRefused(
        world,
        NOT_FOUND,
        "organization_not_found",
        "organization_id",
        () -> create(world.superAdmin, world.staff, UUID.randomUUID(), null));
    assertRefused(
        world,
        VALIDATION_FAILED,
        "required",
        "user_id",
        () -> create(world.orgAdmin, null, world.orgA.id(), null));
    assertRefused(
        world,
        VALIDATION_FAILED,
        "required",
        "organization_id",
        () -> create(world.orgAdmin, world.staff, null, null));
  }

  @Test
  void theEffectiveRangeMustBeInOrder() {
    var user = world.newUser("dates");
    var day = LocalDate.of(2026, 9, 1);
    assertRefused(
        world,
        VALIDATION_FAILED,
        "date_order",
        "effective_until",
        () ->
            s.userSchedules.createUserSchedule(
                new CreateUserSchedule(
                    by(world.orgAdmin),
                    user,
                    world.orgA.id(),
                    null,
                    weekdays(),
                    day,
                    day.minusDays(1))));
    var oneDay =
        s.userSchedules.createUserSchedule(
            new CreateUserSchedule(
                by(world.orgAdmin), user, world.orgA.id(), null, weekdays(), day, day));
    assertRefused(
        world,
        VALIDATION_FAILED,
        "date_order",
        "effective_until",
        () ->
            s.userSchedules.updateUserSchedule(
                new UpdateUserSchedule(
                    by(world.orgAdmin),
                    oneDay.scheduleId(),
                    null,
                    weekdays(),
                    day.plusDays(1),
                    day)));
  }
}
