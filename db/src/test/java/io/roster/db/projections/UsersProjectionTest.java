package io.roster.db.projections;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.events.EventTypes;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.Rows;
import io.roster.db.testing.Rows.Row;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** user.created and user.access_dates.updated applied to users and user_org_access. */
class UsersProjectionTest {

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final Org org = fixtures.organization("Access Org", "UTC");

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

  private static StoredEvent create(UUID id, String email) {
    return fixtures.event(
        EventTypes.USER_CREATED,
        id,
        data("user_id", id, "email", email, "first_name", "Kari", "last_name", "Nordmann"));
  }

  private StoredEvent access(UUID user, LocalDate start, LocalDate end) {
    return fixtures.event(
        EventTypes.USER_ACCESS_DATES_UPDATED,
        user,
        data(
            "user_id", user,
            "org_id", org.id(),
            "access_start_date", start,
            "access_expiration_date", end));
  }

  private Row accessRow(UUID user) {
    return Rows.one(
        jdbi, "SELECT * FROM user_org_access WHERE user_id = ? AND org_id = ?", user, org.id());
  }

  @Test
  void createdStoresAnActiveUserWithTheEventTime() {
    var id = UUID.randomUUID();
    var event = create(id, "kari-" + id + "@example.org");
    var row = Rows.one(jdbi, "SELECT * FROM users WHERE id = ?", id);
    assertThat(row.text("email")).isEqualTo("kari-" + id + "@example.org");
    assertThat(row.text("first_name")).isEqualTo("Kari");
    assertThat(row.text("last_name")).isEqualTo("Nordmann");
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.instant("created_at")).isEqualTo(event.createdAt());
    assertThat(row.instant("updated_at")).isEqualTo(event.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
  }

  @Test
  void aDuplicateOrUnnormalizedEmailIsRefused() {
    var email = "dup-" + UUID.randomUUID() + "@example.org";
    create(UUID.randomUUID(), email);
    assertThat(Rows.sqlError(catchThrowable(() -> create(UUID.randomUUID(), email))).constraint())
        .isEqualTo("users_email_key");
    var shouting = "SHOUT-" + UUID.randomUUID() + "@example.org";
    assertThat(
            Rows.sqlError(catchThrowable(() -> create(UUID.randomUUID(), shouting))).constraint())
        .isEqualTo("users_email_normalized_check");
  }

  @Test
  void accessDatesAreInsertedThenReplacedAsAWholeWindow() {
    var user = fixtures.user();
    var first = access(user, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    var row = accessRow(user);
    assertThat(row.date("access_start_date")).isEqualTo(LocalDate.parse("2026-01-01"));
    assertThat(row.date("access_expiration_date")).isEqualTo(LocalDate.parse("2026-12-31"));
    assertThat(row.instant("created_at")).isEqualTo(first.createdAt());
    var second = access(user, LocalDate.parse("2026-02-01"), null);
    row = accessRow(user);
    assertThat(row.date("access_start_date")).isEqualTo(LocalDate.parse("2026-02-01"));
    assertThat(row.date("access_expiration_date")).as("null clears the bound").isNull();
    assertThat(row.instant("created_at")).isEqualTo(first.createdAt());
    assertThat(row.instant("updated_at")).isEqualTo(second.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(second.id());
  }

  @Test
  void anAccessWindowEndingBeforeItStartsIsRefused() {
    var user = fixtures.user();
    var thrown =
        catchThrowable(
            () -> access(user, LocalDate.parse("2026-05-01"), LocalDate.parse("2026-04-30")));
    assertThat(Rows.sqlError(thrown).constraint()).isEqualTo("user_org_access_date_order_check");
  }
}
