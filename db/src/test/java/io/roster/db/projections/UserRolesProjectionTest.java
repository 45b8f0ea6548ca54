package io.roster.db.projections;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.catalogue.BaseCatalogue;
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

/** user.role.* events applied to user_roles_projection (004 plus Roster's sweep columns). */
class UserRolesProjectionTest {

  private static final UUID CLINICIAN = BaseCatalogue.CLINICIAN;
  private static final LocalDate FROM = LocalDate.parse("2026-03-01");
  private static final LocalDate UNTIL = LocalDate.parse("2026-06-30");

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final UUID user = fixtures.user();
  private final Org org = fixtures.organization("Role Org", "UTC");

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

  private StoredEvent assign(String scope, LocalDate from, LocalDate until) {
    return fixtures.event(
        EventTypes.USER_ROLE_ASSIGNED,
        user,
        data(
            "user_id", user,
            "role_id", CLINICIAN,
            "role_name", "clinician",
            "org_id", org.id(),
            "scope_path", scope,
            "role_valid_from", from,
            "role_valid_until", until));
  }

  private StoredEvent roleEvent(String type, Object... extra) {
    var payload = data("user_id", user, "role_id", CLINICIAN, "org_id", org.id());
    payload.putAll(data(extra));
    return fixtures.event(type, user, payload);
  }

  private Row row() {
    return Rows.one(
        jdbi,
        """
        SELECT *, expiry_notice_days::text AS notices FROM user_roles_projection
        WHERE user_id = ? AND role_id = ? AND org_id = ?
        """,
        user,
        CLINICIAN,
        org.id());
  }

  @Test
  void assignedInsertsTheRowWithItsScopeWindowAndTheEventTime() {
    var unit = fixtures.unit(org, "facility", "North");
    var event = assign(unit.path(), FROM, UNTIL);
    var row = row();
    assertThat(row.text("scope_path")).isEqualTo(unit.path());
    assertThat(row.date("role_valid_from")).isEqualTo(FROM);
    assertThat(row.date("role_valid_until")).isEqualTo(UNTIL);
    assertThat(row.instant("assigned_at")).isEqualTo(event.createdAt());
    assertThat(row.instant("activated_at")).isNull();
    assertThat(row.instant("expired_at")).isNull();
    assertThat(row.text("notices")).isEqualTo("{}");
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
  }

  @Test
  void activatedExpiredAndNoticesRecordTheEventTimeAndEachLeadTimeOnce() {
    assign(org.path(), FROM, UNTIL);
    var activated = roleEvent(EventTypes.USER_ROLE_ACTIVATED, "role_valid_from", FROM);
    assertThat(row().instant("activated_at")).isEqualTo(activated.createdAt());
    assertThat(row().uuid("last_event_id")).isEqualTo(activated.id());
    for (int days : new int[] {14, 7, 7}) {
      roleEvent(EventTypes.USER_ROLE_EXPIRY_NOTICE, "role_valid_until", UNTIL, "days_before", days);
    }
    assertThat(row().text("notices")).isEqualTo("{14,7}");
    var expired = roleEvent(EventTypes.USER_ROLE_EXPIRED, "role_valid_until", UNTIL);
    assertThat(row().instant("expired_at")).isEqualTo(expired.createdAt());
    assertThat(row().uuid("last_event_id")).isEqualTo(expired.id());
  }

  @Test
  void reassigningWithANewWindowReplacesScopeAndWindowAndForgetsWhatTheSweepsRecorded() {
    var first = assign(org.path(), FROM, UNTIL);
    roleEvent(EventTypes.USER_ROLE_ACTIVATED, "role_valid_from", FROM);
    roleEvent(EventTypes.USER_ROLE_EXPIRY_NOTICE, "role_valid_until", UNTIL, "days_before", 7);
    roleEvent(EventTypes.USER_ROLE_EXPIRED, "role_valid_until", UNTIL);
    var unit = fixtures.unit(org, "program", "Day");
    var again = assign(unit.path(), FROM.plusDays(1), UNTIL.plusMonths(1));
    var row = row();
    assertThat(row.text("scope_path")).isEqualTo(unit.path());
    assertThat(row.date("role_valid_from")).isEqualTo(FROM.plusDays(1));
    assertThat(row.date("role_valid_until")).isEqualTo(UNTIL.plusMonths(1));
    assertThat(row.instant("activated_at")).isNull();
    assertThat(row.instant("expired_at")).isNull();
    assertThat(row.text("notices")).isEqualTo("{}");
    assertThat(row.instant("assigned_at")).isEqualTo(first.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(again.id());
  }

  @Test
  void reassigningWithTheSameWindowKeepsWhatTheSweepsRecorded() {
    assign(org.path(), FROM, UNTIL);
    var activated = roleEvent(EventTypes.USER_ROLE_ACTIVATED, "role_valid_from", FROM);
    roleEvent(EventTypes.USER_ROLE_EXPIRY_NOTICE, "role_valid_until", UNTIL, "days_before", 14);
    assign(org.path(), FROM, UNTIL);
    assertThat(row().instant("activated_at")).isEqualTo(activated.createdAt());
    assertThat(row().text("notices")).isEqualTo("{14}");
  }

  @Test
  void revokedDeletesTheOrgScopedOrTheGlobalRow() {
    assign(org.path(), null, null);
    roleEvent(EventTypes.USER_ROLE_REVOKED, "reason", "left the team");
    fixtures.assignGlobalRole(user, "super_admin");
    fixtures.event(
        EventTypes.USER_ROLE_REVOKED,
        user,
        data("user_id", user, "role_id", BaseCatalogue.SUPER_ADMIN, "org_id", null));
    assertThat(Rows.list(jdbi, "SELECT * FROM user_roles_projection WHERE user_id = ?", user))
        .isEmpty();
  }

  @Test
  void anAssignmentEndingBeforeItStartsIsRefusedAndNotStored() {
    long events = Rows.eventCount(jdbi);
    var thrown = catchThrowable(() -> assign(org.path(), UNTIL, FROM));
    assertThat(Rows.sqlError(thrown).constraint()).isEqualTo("user_roles_date_order_check");
    assertThat(Rows.eventCount(jdbi)).isEqualTo(events);
    assertThat(Rows.list(jdbi, "SELECT * FROM user_roles_projection WHERE user_id = ?", user))
        .isEmpty();
  }

  @Test
  void sweepEventsForARoleTheUserDoesNotHoldAreRefused() {
    for (var type :
        new String[] {
          EventTypes.USER_ROLE_ACTIVATED,
          EventTypes.USER_ROLE_EXPIRED,
          EventTypes.USER_ROLE_EXPIRY_NOTICE,
          EventTypes.USER_ROLE_REVOKED
        }) {
      var thrown = catchThrowable(() -> roleEvent(type, "days_before", 7));
      assertThat(Rows.sqlError(thrown).detail()).as(type).isEqualTo("projection_row_missing");
    }
  }
}
