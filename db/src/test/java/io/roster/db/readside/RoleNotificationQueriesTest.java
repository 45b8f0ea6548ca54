package io.roster.db.readside;

import static io.roster.db.readside.ReadSide.instant;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 004's notification queries (roles expiring within N days, roles with future start dates) and the
 * point-in-time role holders, all in the organization's local date: Los Angeles here, so that
 * instants late in the UTC day still fall on the previous local date.
 */
class RoleNotificationQueriesTest {

  /** 05:00 on 2025-06-15 in Los Angeles. */
  private static final OffsetDateTime AS_OF = instant("2025-06-15T12:00:00Z");

  private static TestDatabase db;
  private static EventFixtures fixtures;
  private static EventFixtures.Org org;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    fixtures = new EventFixtures(db);
    org = fixtures.organization("Notice Care", "America/Los_Angeles");
    var other = fixtures.organization("Other Notice Care", "America/Los_Angeles");

    role("ends-today", null, "2025-06-15");
    role("ends-in-30", null, "2025-07-15");
    role("ends-in-31", null, "2025-07-16");
    role("ended-yesterday", null, "2025-06-14");
    role("never-ends", null, null);
    role("starts-today", "2025-06-15", null);
    role("starts-tomorrow", "2025-06-16", "2025-12-31");
    role("starts-in-august", "2025-08-01", null);
    var accessEnded = role("access-ended", null, null);
    fixtures.accessDates(accessEnded, org.id(), null, LocalDate.parse("2025-06-14"));
    var elsewhere = fixtures.user("elsewhere@notice.test");
    fixtures.assignRole(
        elsewhere, "clinician", other.id(), other.path(), null, LocalDate.parse("2025-06-20"));
    var global = fixtures.user("global@notice.test");
    fixtures.assignRole(global, "super_admin", null, null, null, LocalDate.parse("2025-06-20"));
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void rolesExpiringWithinNDaysIncludeTodayAndTheLastDayWithDaysRemaining() {
    assertThat(expiring(org.id(), 30, AS_OF))
        .containsExactly("ends-today@notice.test 0", "ends-in-30@notice.test 30");
  }

  @Test
  void expiringIsCountedInTheOrganizationsLocalDate() {
    // 23:59:59 on 06-15 in Los Angeles, already 06-16 in UTC.
    assertThat(expiring(org.id(), 0, instant("2025-06-16T06:59:59Z")))
        .containsExactly("ends-today@notice.test 0");
    assertThat(expiring(org.id(), 0, instant("2025-06-16T07:00:00Z"))).isEmpty();
  }

  @Test
  void globalRolesExpireInUtc() {
    assertThat(expiring(null, 5, AS_OF)).containsExactly("global@notice.test 5");
  }

  @Test
  void rolesPendingStartAreThoseStartingAfterTodayWithDaysUntilActive() {
    var rows =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT email || ' ' || days_until_active
                            FROM get_roles_pending_start(:org, :as_of)
                            """)
                        .bind("org", org.id())
                        .bind("as_of", AS_OF)
                        .mapTo(String.class)
                        .list());

    assertThat(rows)
        .containsExactly("starts-tomorrow@notice.test 1", "starts-in-august@notice.test 47");
  }

  @Test
  void roleHoldersAreThoseActiveAtTheInstantAsked() {
    assertThat(holders(AS_OF))
        .containsExactlyInAnyOrder(
            "ends-today@notice.test",
            "ends-in-30@notice.test",
            "ends-in-31@notice.test",
            "never-ends@notice.test",
            "starts-today@notice.test");
    assertThat(holders(instant("2025-06-14T12:00:00Z")))
        .containsExactlyInAnyOrder(
            "ends-today@notice.test",
            "ends-in-30@notice.test",
            "ends-in-31@notice.test",
            "ended-yesterday@notice.test",
            "never-ends@notice.test",
            "access-ended@notice.test");
    assertThat(holders(instant("2025-08-01T12:00:00Z")))
        .containsExactlyInAnyOrder(
            "never-ends@notice.test",
            "starts-today@notice.test",
            "starts-tomorrow@notice.test",
            "starts-in-august@notice.test");
  }

  @Test
  void roleHolderRowsNameRoleAndScope() {
    var rows =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT role_name || ' ' || scope_path::text
                            FROM get_role_holders(:org, :as_of)
                            WHERE email = 'never-ends@notice.test'
                            """)
                        .bind("org", org.id())
                        .bind("as_of", AS_OF)
                        .mapTo(String.class)
                        .list());

    assertThat(rows).containsExactly("coordinator " + org.path());
  }

  private static List<String> expiring(UUID orgId, int days, OffsetDateTime asOf) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT email || ' ' || days_remaining
                        FROM get_roles_expiring_within(:org, :days, :as_of)
                        """)
                    .bind("org", orgId)
                    .bind("days", days)
                    .bind("as_of", asOf)
                    .mapTo(String.class)
                    .list());
  }

  private static List<String> holders(OffsetDateTime asOf) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT email FROM get_role_holders(:org, :as_of)")
                    .bind("org", org.id())
                    .bind("as_of", asOf)
                    .mapTo(String.class)
                    .list());
  }

  private static UUID role(String name, String from, String until) {
    var user = fixtures.user(name + "@notice.test");
    fixtures.assignRole(
        user,
        "coordinator",
        org.id(),
        org.path(),
        from == null ? null : LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until));
    return user;
  }
}
