package io.roster.db.readside;

import static io.roster.db.readside.ReadSide.noonUtc;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 004's access date intersection: a role counts only on the dates both its own window and the
 * user's access window in the organization contain, both bounds inclusive.
 */
class ActiveRoleWindowTest {

  private static TestDatabase db;
  private static ReadSide readSide;
  private static EventFixtures.Org org;
  private static UUID narrowerRole;
  private static UUID overlappingRole;
  private static UUID noAccessRow;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    readSide = new ReadSide(db.jdbi());
    var fixtures = new EventFixtures(db);
    org = fixtures.organization("Window Care", "UTC");

    // Example 1: org access 2025-01-01..2025-12-31, role 2025-03-01..2025-06-30.
    narrowerRole = fixtures.user("narrower@window.test");
    fixtures.accessDates(narrowerRole, org.id(), date("2025-01-01"), date("2025-12-31"));
    fixtures.assignRole(
        narrowerRole, "coordinator", org.id(), org.path(), date("2025-03-01"), date("2025-06-30"));

    // Example 2: org access 2025-06-01..2025-12-31, role 2025-03-01..2025-09-30.
    overlappingRole = fixtures.user("overlapping@window.test");
    fixtures.accessDates(overlappingRole, org.id(), date("2025-06-01"), date("2025-12-31"));
    fixtures.assignRole(
        overlappingRole,
        "coordinator",
        org.id(),
        org.path(),
        date("2025-03-01"),
        date("2025-09-30"));

    noAccessRow = fixtures.user("no-access-row@window.test");
    fixtures.assignRole(
        noAccessRow, "coordinator", org.id(), org.path(), date("2025-03-01"), date("2025-06-30"));
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({
    "2024-12-31, false", // before both windows
    "2025-01-01, false", // org access starts, role not yet
    "2025-02-28, false", // day before the role starts
    "2025-03-01, true", // role starts: first active day
    "2025-04-15, true",
    "2025-06-30, true", // role's last day
    "2025-07-01, false", // day after the role ends
    "2025-12-31, false", // org access's last day, role long over
    "2026-01-01, false"
  })
  void roleWindowInsideTheOrgWindowIsActiveExactlyOnTheRoleWindow(String date, boolean active) {
    assertActiveOn(narrowerRole, date, active);
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({
    "2025-02-28, false", // before both windows
    "2025-03-01, false", // role starts, org access not yet
    "2025-05-31, false", // day before org access starts
    "2025-06-01, true", // org access starts: first active day of the intersection
    "2025-08-15, true",
    "2025-09-30, true", // role's last day: last active day
    "2025-10-01, false", // role over, org access still open
    "2025-12-31, false", // org access's last day
    "2026-01-01, false"
  })
  void overlappingWindowsAreActiveOnlyOnTheirIntersection(String date, boolean active) {
    assertActiveOn(overlappingRole, date, active);
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({"2025-02-28, false", "2025-03-01, true", "2025-06-30, true", "2025-07-01, false"})
  void withoutAnAccessRowTheRoleWindowAloneDecides(String date, boolean active) {
    assertActiveOn(noAccessRow, date, active);
  }

  @Test
  void activeRoleRowCarriesRoleOrganizationScopeAndWindow() {
    var roles = readSide.activeRoles(narrowerRole, org.id(), noonUtc("2025-04-15"));

    assertThat(roles)
        .containsExactly(
            new ReadSide.ActiveRole(
                BaseCatalogue.COORDINATOR,
                "coordinator",
                org.id(),
                org.path(),
                date("2025-03-01"),
                date("2025-06-30")));
  }

  @Test
  void isRoleActiveTreatsBoundsAsInclusiveAndNullBoundsAsOpen() {
    var answers =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT ARRAY[
                                is_role_active('2025-03-01', '2025-06-30', '2025-03-01'),
                                is_role_active('2025-03-01', '2025-06-30', '2025-06-30'),
                                is_role_active('2025-03-01', '2025-06-30', '2025-02-28'),
                                is_role_active('2025-03-01', '2025-06-30', '2025-07-01'),
                                is_role_active(NULL, NULL, '1970-01-01'),
                                is_role_active(NULL, '2025-06-30', '1970-01-01'),
                                is_role_active('2025-03-01', NULL, '2999-12-31'),
                                is_role_active(NULL, NULL, NULL),
                                is_role_active(NULL, NULL),
                                is_role_active(CURRENT_DATE + 1, NULL)]
                            """)
                        .mapTo(Boolean[].class)
                        .one());

    assertThat(answers)
        .containsExactly(true, true, false, false, true, true, true, false, true, false);
  }

  @Test
  void documentFormsAnswerForNow() {
    var fixtures = new EventFixtures(db);
    var user = fixtures.user("now@window.test");
    var today = LocalDate.now(ZoneOffset.UTC);
    fixtures.assignRole(
        user, "clinician", org.id(), org.path(), today.minusDays(30), today.plusDays(30));
    fixtures.assignRole(user, "peer_mentor", org.id(), org.path(), today.plusDays(30), null);
    fixtures.assignGlobalRole(user, "super_admin");

    var all =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT role_name FROM get_user_active_roles(:user)")
                        .bind("user", user)
                        .mapTo(String.class)
                        .list());
    var inOrg =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT role_name FROM get_user_active_roles(:user, :org)")
                        .bind("user", user)
                        .bind("org", org.id())
                        .mapTo(String.class)
                        .list());

    assertThat(all).containsExactly("super_admin", "clinician");
    assertThat(inOrg).containsExactly("clinician");
  }

  private static void assertActiveOn(UUID user, String date, boolean active) {
    var asOf = noonUtc(date);
    assertThat(readSide.activeRoleNames(user, null, asOf))
        .as("get_user_active_roles on %s", date)
        .isEqualTo(active ? List.of("coordinator") : List.of());
    assertThat(readSide.hasPermission(user, BaseCatalogue.CLIENT_ASSIGN, org.path(), asOf))
        .as("has_effective_permission on %s", date)
        .isEqualTo(active);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
