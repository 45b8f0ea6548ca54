package io.roster.db.readside;

import static io.roster.db.readside.ProtectedTables.ORGANIZATION_OF_ROW;
import static io.roster.db.readside.Requests.claims;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a request reads under row-level security (role authenticated with JWT claims): two
 * organizations with a row in every projection, all written as events.
 */
class RowLevelSecurityReadTest {

  private static TestDatabase db;
  private static Tenant a;
  private static Tenant b;
  private static UUID superAdmin;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    ProtectedTables.install(db);
    var fixtures = new EventFixtures(db);
    a = Tenant.create(fixtures, "Alpha Care");
    b = Tenant.create(fixtures, "Beta Care");
    superAdmin = fixtures.user("super@rls-read.test");
    fixtures.assignGlobalRole(superAdmin, "super_admin");
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void everyProjectionAndTheEventStoreHaveRowLevelSecurityEnabledButNotForced() {
    var sql =
        """
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
          AND c.relname <> 'flyway_schema_history' AND %s
        """;
    var enabled =
        db.jdbi()
            .withHandle(
                h ->
                    Requests.strings(
                            h, sql.formatted("c.relrowsecurity AND NOT c.relforcerowsecurity"))
                        .list());
    var unprotected =
        db.jdbi()
            .withHandle(h -> Requests.strings(h, sql.formatted("NOT c.relrowsecurity")).list());
    var expected = new ArrayList<>(ORGANIZATION_OF_ROW.keySet());
    expected.addAll(ProtectedTables.CATALOGUE_ONLY);
    expected.addAll(ProtectedTables.WRITE_SIDE_ONLY);

    assertThat(enabled).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(unprotected).isEmpty();
  }

  @Test
  void orgAdminOfOneOrganizationSeesItsRowsAndNoneOfAnotherOnEveryTable() {
    var claims = claims(a.admin(), a.org().id(), "provider_admin");

    for (var table : ORGANIZATION_OF_ROW.keySet()) {
      long own =
          Requests.asAuthenticated(
              db.jdbi(), claims, h -> ProtectedTables.rowsOf(h, table, a.org().id()));
      long other =
          Requests.asAuthenticated(
              db.jdbi(), claims, h -> ProtectedTables.rowsOf(h, table, b.org().id()));
      long ownAsOwner = db.jdbi().withHandle(h -> ProtectedTables.rowsOf(h, table, a.org().id()));
      assertThat(own).as("%s rows of the admin's organization", table).isEqualTo(ownAsOwner);
      assertThat(own).as("%s rows of the admin's organization", table).isPositive();
      assertThat(other).as("%s rows of the other organization", table).isZero();
    }
  }

  @Test
  void catalogueIsReadableByEveryAuthenticatedRequest() {
    var claims = claims(a.clinician(), a.org().id(), "clinician");

    long permissions =
        Requests.asAuthenticated(
            db.jdbi(),
            claims,
            h -> Requests.count(h, "SELECT count(*) FROM permissions_projection"));
    long platformRoles =
        Requests.asAuthenticated(
            db.jdbi(),
            claims,
            h ->
                Requests.count(
                    h, "SELECT count(*) FROM roles_projection WHERE organization_id IS NULL"));
    long grants =
        Requests.asAuthenticated(
            db.jdbi(),
            claims,
            h -> Requests.count(h, "SELECT count(*) FROM role_permissions_projection"));

    assertThat(permissions).isEqualTo(BaseCatalogue.PERMISSION_IDS.size());
    assertThat(platformRoles).isEqualTo(BaseCatalogue.ROLE_IDS.size());
    assertThat(grants).isEqualTo(6 + 6 + 5 + 3 + 1); // platform grants + Alpha's own role
  }

  @Test
  void regularUserSeesOnlyTheirOwnRoleAssignments() {
    var holders =
        Requests.asAuthenticated(
            db.jdbi(),
            claims(a.clinician(), a.org().id(), "clinician"),
            h ->
                Requests.strings(h, "SELECT DISTINCT user_id::text FROM user_roles_projection")
                    .list());

    assertThat(holders).containsExactly(a.clinician().toString());
  }

  @Test
  void superAdminSeesEveryOrganization() {
    var claims = claims(superAdmin, null, "super_admin");

    for (var table : ORGANIZATION_OF_ROW.keySet()) {
      long inA =
          Requests.asAuthenticated(
              db.jdbi(), claims, h -> ProtectedTables.rowsOf(h, table, a.org().id()));
      long inB =
          Requests.asAuthenticated(
              db.jdbi(), claims, h -> ProtectedTables.rowsOf(h, table, b.org().id()));
      assertThat(inA).as("%s rows of Alpha", table).isPositive();
      assertThat(inB).as("%s rows of Beta", table).isPositive();
    }
  }

  @Test
  void serviceRoleSeesEveryRowOfEveryTable() {
    for (var table : ORGANIZATION_OF_ROW.keySet()) {
      var sql = "SELECT count(*) FROM " + table;
      long asService = Requests.asServiceRole(db.jdbi(), h -> Requests.count(h, sql));
      long asOwner = db.jdbi().withHandle(h -> Requests.count(h, sql));
      assertThat(asService).as(table).isEqualTo(asOwner).isPositive();
    }
  }

  @Test
  void requestWithoutClaimsSeesNoOrganizationsRows() {
    for (var table : ORGANIZATION_OF_ROW.keySet()) {
      long seen =
          Requests.asAuthenticated(
              db.jdbi(), null, h -> ProtectedTables.organizationRows(h, table));
      assertThat(seen).as(table).isZero();
    }
  }
}
