package io.roster.db.readside;

import static io.roster.db.readside.ReadSide.noonUtc;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * has_effective_permission(): a role grants its permissions at its scope and everything below it,
 * never above or beside it; a global role grants everywhere; a role outside its window or its
 * user's access window grants nothing.
 */
class EffectivePermissionScopeTest {

  private static final OffsetDateTime AS_OF = noonUtc("2025-06-15");

  private static TestDatabase db;
  private static EventFixtures fixtures;
  private static ReadSide readSide;
  private static EventFixtures.Org org;
  private static EventFixtures.Unit facility;
  private static EventFixtures.Unit program;
  private static EventFixtures.Unit siblingFacility;
  private static EventFixtures.Org otherOrg;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    readSide = new ReadSide(db.jdbi());
    fixtures = new EventFixtures(db);
    org = fixtures.organization("Scope Health", "UTC");
    facility = fixtures.unit(org, "facility", "North Facility");
    program = fixtures.unit(facility, "program", "Day Program");
    siblingFacility = fixtures.unit(org, "facility", "South Facility");
    otherOrg = fixtures.organization("Elsewhere Health", "UTC");
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void facilityRoleGrantsAtTheFacilityAndItsProgramsOnly() {
    var user = fixtures.user("facility-admin@scope.test");
    fixtures.assignRole(user, "facility_admin", facility);

    assertThat(can(user, BaseCatalogue.ROLE_ASSIGN, facility.path())).isTrue();
    assertThat(can(user, BaseCatalogue.ROLE_ASSIGN, program.path())).isTrue();
    assertThat(can(user, BaseCatalogue.ROLE_ASSIGN, org.path())).isFalse();
    assertThat(can(user, BaseCatalogue.ROLE_ASSIGN, siblingFacility.path())).isFalse();
    assertThat(can(user, BaseCatalogue.ROLE_ASSIGN, otherOrg.path())).isFalse();
  }

  @Test
  void roleGrantsOnlyThePermissionsItsRoleHas() {
    var user = fixtures.user("coordinator@scope.test");
    fixtures.assignRole(user, "coordinator", org);

    assertThat(can(user, BaseCatalogue.CLIENT_ASSIGN, program.path())).isTrue();
    assertThat(can(user, BaseCatalogue.ROLE_ASSIGN, program.path())).isFalse();
    assertThat(can(user, BaseCatalogue.ORGANIZATION_MANAGE, org.path())).isFalse();
    assertThat(can(user, "no.such_permission", org.path())).isFalse();
  }

  @Test
  void globalSuperAdminGrantsEverywhere() {
    var user = fixtures.user("super@scope.test");
    fixtures.assignGlobalRole(user, "super_admin");

    assertThat(can(user, BaseCatalogue.ORGANIZATION_MANAGE, org.path())).isTrue();
    assertThat(can(user, BaseCatalogue.ROLE_ASSIGN, program.path())).isTrue();
    assertThat(can(user, BaseCatalogue.CLIENT_ASSIGN, otherOrg.path())).isTrue();
    assertThat(can(user, BaseCatalogue.CLIENT_ASSIGN, null)).isTrue();
    assertThat(can(user, "no.such_permission", org.path())).isFalse();
  }

  @Test
  void expiredOrNotYetStartedRoleGrantsNothing() {
    var expired = fixtures.user("expired@scope.test");
    fixtures.assignRole(
        expired, "provider_admin", org.id(), org.path(), null, LocalDate.parse("2025-06-14"));
    var pending = fixtures.user("pending@scope.test");
    fixtures.assignRole(
        pending, "provider_admin", org.id(), org.path(), LocalDate.parse("2025-06-16"), null);

    assertThat(can(expired, BaseCatalogue.CLIENT_ASSIGN, org.path())).isFalse();
    assertThat(can(pending, BaseCatalogue.CLIENT_ASSIGN, org.path())).isFalse();
    assertThat(
            readSide.hasPermission(
                expired, BaseCatalogue.CLIENT_ASSIGN, org.path(), noonUtc("2025-06-14")))
        .isTrue();
  }

  @Test
  void roleOutsideTheOrgAccessWindowGrantsNothing() {
    var ended = fixtures.user("access-ended@scope.test");
    fixtures.accessDates(ended, org.id(), null, LocalDate.parse("2025-06-14"));
    fixtures.assignRole(ended, "provider_admin", org);
    var notStarted = fixtures.user("access-not-started@scope.test");
    fixtures.accessDates(notStarted, org.id(), LocalDate.parse("2025-06-16"), null);
    fixtures.assignRole(notStarted, "provider_admin", org);

    assertThat(can(ended, BaseCatalogue.CLIENT_ASSIGN, org.path())).isFalse();
    assertThat(can(notStarted, BaseCatalogue.CLIENT_ASSIGN, org.path())).isFalse();
  }

  @Test
  void accessWindowOfAnotherOrganizationDoesNotRestrictTheRole() {
    var user = fixtures.user("two-orgs@scope.test");
    fixtures.accessDates(user, otherOrg.id(), null, LocalDate.parse("2025-01-01"));
    fixtures.assignRole(user, "coordinator", org);

    assertThat(can(user, BaseCatalogue.CLIENT_ASSIGN, org.path())).isTrue();
  }

  @Test
  void revokedRoleGrantsNothing() {
    var user = fixtures.user("revoked@scope.test");
    fixtures.assignRole(user, "provider_admin", org);
    fixtures.append(
        EventTypes.USER_ROLE_REVOKED,
        user,
        EventFixtures.data(
            "user_id",
            user,
            "role_id",
            BaseCatalogue.PROVIDER_ADMIN,
            "org_id",
            org.id(),
            "reason",
            "test"));

    assertThat(can(user, BaseCatalogue.CLIENT_ASSIGN, org.path())).isFalse();
  }

  @Test
  void twoArgumentFormAnswersForTheUserOfTheRequestClaims() {
    var user = fixtures.user("claims@scope.test");
    fixtures.assignRole(user, "facility_admin", facility);
    var sql = "SELECT has_effective_permission(:permission, CAST(:path AS ltree))";

    boolean atFacility =
        Requests.asOwnerWithClaims(
            db.jdbi(),
            Map.of("sub", user.toString(), "org_id", org.id().toString()),
            h -> ask(h, sql, facility.path()));
    boolean atOrg =
        Requests.asOwnerWithClaims(
            db.jdbi(), Map.of("sub", user.toString()), h -> ask(h, sql, org.path()));
    boolean someoneElse =
        Requests.asOwnerWithClaims(
            db.jdbi(),
            Map.of("sub", UUID.randomUUID().toString()),
            h -> ask(h, sql, facility.path()));
    boolean notAUuid =
        Requests.asOwnerWithClaims(
            db.jdbi(), Map.of("sub", "user-123"), h -> ask(h, sql, facility.path()));
    boolean noClaims = db.jdbi().withHandle(h -> ask(h, sql, facility.path()));

    assertThat(atFacility).isTrue();
    assertThat(atOrg).isFalse();
    assertThat(someoneElse).isFalse();
    assertThat(notAUuid).isFalse();
    assertThat(noClaims).isFalse();
  }

  @Test
  void ltreeArgumentResolvesToTheSameAnswerAsTheBoundString() {
    var user = fixtures.user("ltree@scope.test");
    fixtures.assignRole(user, "facility_admin", facility);

    boolean withLtree =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT has_effective_permission(:user, 'user.role_assign', "
                                + "CAST(:path AS ltree), :as_of)")
                        .bind("user", user)
                        .bind("path", program.path())
                        .bind("as_of", AS_OF)
                        .mapTo(Boolean.class)
                        .one());

    assertThat(withLtree).isTrue();
    assertThat(readSide.hasPermission(user, BaseCatalogue.ROLE_ASSIGN, program.path(), AS_OF))
        .isTrue();
  }

  private static boolean ask(Handle h, String sql, String path) {
    return h.createQuery(sql)
        .bind("permission", BaseCatalogue.ROLE_ASSIGN)
        .bind("path", path)
        .mapTo(Boolean.class)
        .one();
  }

  private static boolean can(UUID user, String permission, String path) {
    return readSide.hasPermission(user, permission, path, AS_OF);
  }
}
