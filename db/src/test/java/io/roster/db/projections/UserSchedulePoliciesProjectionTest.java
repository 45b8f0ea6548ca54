package io.roster.db.projections;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.events.EventTypes;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.EventFixtures.Unit;
import io.roster.db.testing.Rows;
import io.roster.db.testing.Rows.Row;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** user.schedule.* events applied to user_schedule_policies_projection (002). */
class UserSchedulePoliciesProjectionTest {

  private static final Map<String, Object> EARLY =
      data("monday", Map.of("begin", "0600", "end", "1400"), "sunday", null);

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final UUID manager = UUID.randomUUID();
  private final UUID user = fixtures.user();
  private final Org org = fixtures.organization("Policy Org", "UTC");
  private final Unit unit = fixtures.unit(org, "facility", "West");

  @BeforeAll
  static void open() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
    fixtures = new EventFixtures(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private StoredEvent schedule(String type, UUID id, UUID orgUnit, Object weekly, LocalDate from) {
    return fixtures
        .as(manager)
        .event(
            type,
            user,
            data(
                "schedule_id", id,
                "user_id", user,
                "organization_id", org.id(),
                "org_unit_id", orgUnit,
                "schedule", weekly,
                "effective_from", from,
                "effective_until", null));
  }

  private StoredEvent create(UUID orgUnit) {
    return schedule(
        EventTypes.USER_SCHEDULE_CREATED,
        UUID.randomUUID(),
        orgUnit,
        ScheduleTemplatesProjectionTest.WEEKDAYS,
        null);
  }

  private StoredEvent deactivate(UUID id) {
    return fixtures.event(
        EventTypes.USER_SCHEDULE_DEACTIVATED,
        user,
        data("schedule_id", id, "user_id", user, "organization_id", org.id()));
  }

  private static UUID idOf(StoredEvent event) {
    return UUID.fromString(event.data().get("schedule_id").asText());
  }

  private List<Row> policies() {
    return Rows.list(
        jdbi,
        "SELECT *, schedule::text AS weekly FROM user_schedule_policies_projection WHERE user_id = ? ORDER BY org_unit_id NULLS FIRST",
        user);
  }

  @Test
  void createdInsertsAnActivePolicyWithTheScheduleIdTheActorAndTheEventTime() {
    var event = create(null);
    var row = policies().get(0);
    assertThat(row.uuid("id")).isEqualTo(idOf(event));
    assertThat(row.uuid("organization_id")).isEqualTo(org.id());
    assertThat(row.uuid("org_unit_id")).isNull();
    assertThat(row.text("weekly")).contains("\"monday\": {\"end\": \"1630\", \"begin\": \"0800\"}");
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.uuid("created_by")).isEqualTo(manager);
    assertThat(row.instant("created_at")).isEqualTo(event.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
  }

  @Test
  void aSecondOrgWideScheduleForTheSameUserAndOrganizationIsRejected() {
    create(null);
    long events = Rows.eventCount(jdbi);
    var error = Rows.sqlError(catchThrowable(() -> create(null)));
    assertThat(error.state()).isEqualTo("23505");
    assertThat(error.constraint()).isEqualTo("user_schedule_policies_unique");
    assertThat(Rows.eventCount(jdbi)).isEqualTo(events);
    assertThat(policies()).hasSize(1);
  }

  @Test
  void oneSchedulePerUnitIsAllowedBesideTheOrgWideOneButNotTwo() {
    create(null);
    create(unit.id());
    create(fixtures.unit(org, "program", "Evening").id());
    assertThat(policies()).hasSize(3);
    var error = Rows.sqlError(catchThrowable(() -> create(unit.id())));
    assertThat(error.constraint()).isEqualTo("user_schedule_policies_unique");
  }

  @Test
  void anInactiveScheduleIsReplacedInPlaceByANewCreatedEvent() {
    var old = create(unit.id());
    deactivate(idOf(old));
    assertThat(policies().get(0).bool("is_active")).isFalse();
    var otherManager = UUID.randomUUID();
    var replacement =
        fixtures
            .as(otherManager)
            .event(
                EventTypes.USER_SCHEDULE_CREATED,
                user,
                data(
                    "schedule_id", UUID.randomUUID(),
                    "user_id", user,
                    "organization_id", org.id(),
                    "org_unit_id", unit.id(),
                    "schedule", EARLY,
                    "effective_from", LocalDate.parse("2026-05-01"),
                    "effective_until", null));
    assertThat(policies()).hasSize(1);
    var row = policies().get(0);
    assertThat(row.uuid("id")).isEqualTo(idOf(replacement));
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.text("weekly"))
        .isEqualTo("{\"monday\": {\"end\": \"1400\", \"begin\": \"0600\"}, \"sunday\": null}");
    assertThat(row.date("effective_from")).isEqualTo(LocalDate.parse("2026-05-01"));
    assertThat(row.uuid("created_by")).isEqualTo(otherManager);
    assertThat(row.instant("created_at")).isEqualTo(replacement.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(replacement.id());
  }

  @Test
  void updatedReplacesScheduleUnitAndRangeAndDeactivatedKeepsTheRow() {
    var created = create(null);
    var id = idOf(created);
    var updated =
        schedule(
            EventTypes.USER_SCHEDULE_UPDATED, id, unit.id(), EARLY, LocalDate.parse("2026-04-01"));
    var row = policies().get(0);
    assertThat(row.uuid("org_unit_id")).isEqualTo(unit.id());
    assertThat(row.text("weekly")).startsWith("{\"monday\": {\"end\": \"1400\"");
    assertThat(row.date("effective_from")).isEqualTo(LocalDate.parse("2026-04-01"));
    assertThat(row.instant("updated_at")).isEqualTo(updated.createdAt());
    assertThat(row.instant("created_at")).isEqualTo(created.createdAt());
    var deactivated = deactivate(id);
    row = policies().get(0);
    assertThat(row.bool("is_active")).isFalse();
    assertThat(row.uuid("last_event_id")).isEqualTo(deactivated.id());
  }

  @Test
  void updatingOrDeactivatingAMissingScheduleIsRefused() {
    var missing = UUID.randomUUID();
    assertThat(Rows.sqlError(catchThrowable(() -> deactivate(missing))).detail())
        .isEqualTo("projection_row_missing");
    assertThat(
            Rows.sqlError(
                    catchThrowable(
                        () ->
                            schedule(EventTypes.USER_SCHEDULE_UPDATED, missing, null, EARLY, null)))
                .detail())
        .isEqualTo("projection_row_missing");
  }
}
