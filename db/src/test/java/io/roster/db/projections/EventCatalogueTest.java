package io.roster.db.projections;

import static io.roster.db.events.EventTypes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.events.EventTypes;
import io.roster.db.projections.EventExamples.Check;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Rows;
import io.roster.db.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type of the catalogue (DESIGN.md §3, {@link EventTypes#ALL}) has a valid example, and
 * appending it changes the projection row it is about: that row's last_event_id becomes the event's
 * id, or the row is deleted (revocations, template deletion). A type added to the catalogue without
 * an example here fails this test.
 */
class EventCatalogueTest {

  private static final Map<String, Function<EventExamples, Check>> BY_TYPE = new HashMap<>();

  static {
    BY_TYPE.put(PERMISSION_DEFINED, x -> x.permission().apply(PERMISSION_DEFINED));
    BY_TYPE.put(ROLE_CREATED, x -> x.role().apply(ROLE_CREATED));
    BY_TYPE.put(ROLE_PERMISSION_GRANTED, x -> x.grant().apply(ROLE_PERMISSION_GRANTED));
    BY_TYPE.put(
        ROLE_PERMISSION_REVOKED,
        x -> x.grant().then(ROLE_PERMISSION_GRANTED).remove(ROLE_PERMISSION_REVOKED));
    BY_TYPE.put(ORGANIZATION_CREATED, x -> x.org().apply(ORGANIZATION_CREATED));
    BY_TYPE.put(
        ORGANIZATION_SETTINGS_UPDATED,
        x -> x.org().then(ORGANIZATION_CREATED).apply(ORGANIZATION_SETTINGS_UPDATED));
    BY_TYPE.put(ORGANIZATION_UNIT_CREATED, x -> x.unit().apply(ORGANIZATION_UNIT_CREATED));
    BY_TYPE.put(
        ORGANIZATION_UNIT_DEACTIVATED,
        x -> x.unit().then(ORGANIZATION_UNIT_CREATED).apply(ORGANIZATION_UNIT_DEACTIVATED));
    BY_TYPE.put(
        ORGANIZATION_UNIT_REACTIVATED,
        x ->
            x.unit()
                .then(ORGANIZATION_UNIT_CREATED)
                .then(ORGANIZATION_UNIT_DEACTIVATED)
                .apply(ORGANIZATION_UNIT_REACTIVATED));
    BY_TYPE.put(USER_CREATED, x -> x.user().apply(USER_CREATED));
    BY_TYPE.put(USER_ACCESS_DATES_UPDATED, x -> x.access().apply(USER_ACCESS_DATES_UPDATED));
    BY_TYPE.put(USER_ROLE_ASSIGNED, x -> x.userRole().apply(USER_ROLE_ASSIGNED));
    BY_TYPE.put(USER_ROLE_REVOKED, x -> x.heldRole().remove(USER_ROLE_REVOKED, "reason", "x"));
    BY_TYPE.put(USER_ROLE_ACTIVATED, x -> x.heldRole().apply(USER_ROLE_ACTIVATED));
    BY_TYPE.put(USER_ROLE_EXPIRED, x -> x.heldRole().apply(USER_ROLE_EXPIRED));
    BY_TYPE.put(
        USER_ROLE_EXPIRY_NOTICE,
        x -> x.heldRole().apply(USER_ROLE_EXPIRY_NOTICE, "days_before", 7));
    BY_TYPE.put(USER_CLIENT_ASSIGNED, x -> x.client().apply(USER_CLIENT_ASSIGNED));
    BY_TYPE.put(
        USER_CLIENT_UNASSIGNED,
        x -> x.client().then(USER_CLIENT_ASSIGNED).apply(USER_CLIENT_UNASSIGNED, "reason", "x"));
    BY_TYPE.put(USER_SCHEDULE_CREATED, x -> x.policy().apply(USER_SCHEDULE_CREATED));
    BY_TYPE.put(
        USER_SCHEDULE_UPDATED,
        x -> x.policy().then(USER_SCHEDULE_CREATED).apply(USER_SCHEDULE_UPDATED));
    BY_TYPE.put(
        USER_SCHEDULE_DEACTIVATED,
        x -> x.policy().then(USER_SCHEDULE_CREATED).apply(USER_SCHEDULE_DEACTIVATED));
    BY_TYPE.put(USER_ORG_UNIT_ASSIGNED, x -> x.unitAssignment(true).apply(USER_ORG_UNIT_ASSIGNED));
    BY_TYPE.put(
        USER_ORG_UNIT_DEACTIVATED,
        x -> x.unitAssignment(true).then(USER_ORG_UNIT_ASSIGNED).apply(USER_ORG_UNIT_DEACTIVATED));
    BY_TYPE.put(
        USER_ORG_UNIT_REACTIVATED,
        x ->
            x.unitAssignment(false)
                .then(USER_ORG_UNIT_ASSIGNED)
                .then(USER_ORG_UNIT_DEACTIVATED)
                .apply(USER_ORG_UNIT_REACTIVATED));
    BY_TYPE.put(
        USER_ORG_UNIT_PRIMARY_CHANGED,
        x ->
            x.unitAssignment(false)
                .then(USER_ORG_UNIT_ASSIGNED)
                .apply(USER_ORG_UNIT_PRIMARY_CHANGED));
    BY_TYPE.put(SCHEDULE_CREATED, x -> x.template().apply(SCHEDULE_CREATED));
    BY_TYPE.put(SCHEDULE_UPDATED, x -> x.template().then(SCHEDULE_CREATED).apply(SCHEDULE_UPDATED));
    BY_TYPE.put(
        SCHEDULE_DEACTIVATED, x -> x.template().then(SCHEDULE_CREATED).apply(SCHEDULE_DEACTIVATED));
    BY_TYPE.put(
        SCHEDULE_REACTIVATED,
        x ->
            x.template()
                .then(SCHEDULE_CREATED)
                .then(SCHEDULE_DEACTIVATED)
                .apply(SCHEDULE_REACTIVATED));
    BY_TYPE.put(
        SCHEDULE_DELETED, x -> x.template().then(SCHEDULE_CREATED).remove(SCHEDULE_DELETED));
    BY_TYPE.put(SCHEDULE_USER_ASSIGNED, x -> x.templateUser().apply(SCHEDULE_USER_ASSIGNED));
    BY_TYPE.put(
        SCHEDULE_USER_UNASSIGNED,
        x -> x.templateUser().then(SCHEDULE_USER_ASSIGNED).apply(SCHEDULE_USER_UNASSIGNED));
  }

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

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

  static Stream<String> catalogue() {
    return EventTypes.ALL.stream().sorted();
  }

  @Test
  void everyCatalogueTypeHasAnExampleAndThereIsNoExampleOutsideTheCatalogue() {
    assertThat(BY_TYPE.keySet()).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
  }

  @ParameterizedTest
  @MethodSource("catalogue")
  void appendingTheEventChangesTheRowItIsAbout(String type) {
    var example = BY_TYPE.get(type);
    assertThat(example).as("an example of " + type).isNotNull();
    var check = example.apply(new EventExamples(fixtures));
    assertThat(check.event().eventType()).isEqualTo(type);
    var rows = Rows.list(jdbi, check.sql(), check.args());
    if (check.deleted()) {
      assertThat(rows).as(type + " deletes the row").isEmpty();
    } else {
      assertThat(rows).as(type + " leaves one row").hasSize(1);
      assertThat(rows.get(0).uuid("last_event_id")).as(type).isEqualTo(check.event().id());
    }
  }
}
