package io.roster.db.schedules;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.EventFixtures.Unit;
import io.roster.db.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code process_user_schedule_event} (R__17) through real appends: the (user, organization, unit)
 * key of 002 with NULLS NOT DISTINCT, for created and for updated, and the queries that read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserScheduleProcessorTest {

  private static final Map<String, Object> WEEK =
      Map.of("monday", Map.of("begin", "0800", "end", "1600"));

  private TestDatabase db;
  private EventFixtures fixtures;
  private Org org;
  private Unit unit;

  @BeforeAll
  void setUp() {
    db = TestDatabase.fresh();
    fixtures = new EventFixtures(db);
    org = fixtures.organization("Schedules", "UTC");
    unit = fixtures.unit(org, "facility", "Facility");
  }

  @AfterAll
  void tearDown() {
    db.close();
  }

  private UUID schedule(String eventType, UUID userId, UUID scheduleId, UUID unitId) {
    fixtures.append(
        eventType,
        userId,
        data(
            "schedule_id", scheduleId,
            "user_id", userId,
            "organization_id", org.id(),
            "org_unit_id", unitId,
            "schedule", WEEK,
            "effective_from", null,
            "effective_until", null));
    return scheduleId;
  }

  private void deactivate(UUID userId, UUID scheduleId) {
    fixtures.append(
        EventTypes.USER_SCHEDULE_DEACTIVATED,
        userId,
        data("schedule_id", scheduleId, "user_id", userId, "organization_id", org.id()));
  }

  private Optional<UserSchedulePolicyRow> row(UUID scheduleId) {
    return db.jdbi().withExtension(UserScheduleQueries.class, q -> q.findSchedule(scheduleId));
  }

  private Optional<UserSchedulePolicyRow> byKey(UUID userId, UUID unitId) {
    return db.jdbi()
        .withExtension(UserScheduleQueries.class, q -> q.findByKey(userId, org.id(), unitId));
  }

  @Test
  void findByKeyTellsTheOrganizationWideKeyFromAUnitKey() {
    var user = fixtures.user("keys@roster.test");
    var orgWide = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), null);
    var unitScoped = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), unit.id());

    assertThat(byKey(user, null)).map(UserSchedulePolicyRow::id).contains(orgWide);
    assertThat(byKey(user, unit.id())).map(UserSchedulePolicyRow::id).contains(unitScoped);
    assertThat(WeeklyScheduleJson.parse(row(orgWide).orElseThrow().schedule())).isEqualTo(WEEK);
  }

  @Test
  void updatedOntoAKeyWhoseRowIsInactiveReplacesThatRow() {
    var user = fixtures.user("replace@roster.test");
    var old = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), null);
    deactivate(user, old);
    var moving = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), unit.id());

    schedule(EventTypes.USER_SCHEDULE_UPDATED, user, moving, null);

    assertThat(row(old)).isEmpty();
    assertThat(row(moving).orElseThrow().orgUnitId()).isNull();
    assertThat(row(moving).orElseThrow().isActive()).isTrue();
  }

  @Test
  void updatedOntoAKeyWithAnActiveRowIsRefusedAndNotStored() {
    var user = fixtures.user("clash@roster.test");
    schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), null);
    var moving = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), unit.id());
    long before = eventCount();

    assertThatThrownBy(() -> schedule(EventTypes.USER_SCHEDULE_UPDATED, user, moving, null))
        .isInstanceOf(JdbiException.class)
        .hasMessageContaining("user_schedule_policies_unique");

    assertThat(eventCount()).isEqualTo(before);
    assertThat(row(moving).orElseThrow().orgUnitId()).isEqualTo(unit.id());
  }

  @Test
  void anEventNamingAnotherOrganizationThanTheRowIsRefused() {
    var user = fixtures.user("other-org@roster.test");
    var id = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), null);
    var elsewhere = fixtures.organization("Elsewhere", "UTC");

    assertThatThrownBy(
            () ->
                fixtures.append(
                    EventTypes.USER_SCHEDULE_DEACTIVATED,
                    user,
                    data("schedule_id", id, "user_id", user, "organization_id", elsewhere.id())))
        .isInstanceOf(JdbiException.class)
        .hasMessageContaining("does not exist");
    assertThat(row(id).orElseThrow().isActive()).isTrue();
  }

  @Test
  void rebuildReproducesTheScheduleProjections() {
    var user = fixtures.user("rebuild@roster.test");
    var old = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), null);
    deactivate(user, old);
    var moving = schedule(EventTypes.USER_SCHEDULE_CREATED, user, UUID.randomUUID(), unit.id());
    schedule(EventTypes.USER_SCHEDULE_UPDATED, user, moving, null);
    var live = snapshot();

    db.jdbi()
        .useTransaction(h -> h.createQuery("SELECT rebuild_projections()").mapTo(Long.class).one());

    assertThat(snapshot()).isEqualTo(live);
  }

  private List<String> snapshot() {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT to_jsonb(p)::text FROM user_schedule_policies_projection p ORDER BY id")
                    .mapTo(String.class)
                    .list());
  }

  private long eventCount() {
    return db.jdbi()
        .withHandle(
            h -> h.createQuery("SELECT count(*) FROM domain_events").mapTo(Long.class).one());
  }
}
