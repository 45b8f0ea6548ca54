package io.roster.db.readside;

import static io.roster.db.readside.ReadSide.noonUtc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.StaffFixtures;
import io.roster.db.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * custom_access_token_claims(): 004's claims plus effective_permissions, unit_ids and
 * primary_unit_id, always computed from the roles active at the instant asked.
 */
class AccessTokenClaimsTest {

  private static final OffsetDateTime AS_OF = noonUtc("2025-06-15");

  private static TestDatabase db;
  private static EventFixtures fixtures;
  private static ReadSide readSide;
  private static EventFixtures.Org org;
  private static EventFixtures.Unit north;
  private static EventFixtures.Unit south;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    readSide = new ReadSide(db.jdbi());
    fixtures = new EventFixtures(db);
    org = fixtures.organization("Claims Care", "UTC");
    north = fixtures.unit(org, "facility", "North");
    south = fixtures.unit(org, "facility", "South");
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void claimsHaveTheShapeOfTheDocumentExample() {
    var user = fixtures.user("shape@claims.test");
    fixtures.assignRole(user, "coordinator", north);
    fixtures.assignRole(user, "clinician", org);

    var claims = readSide.claims(user, null, AS_OF);

    assertThat(fieldNames(claims))
        .containsExactlyInAnyOrder(
            "sub",
            "email",
            "org_id",
            "role",
            "scope_path",
            "permissions",
            "effective_permissions",
            "unit_ids",
            "primary_unit_id");
    assertThat(claims.get("sub").asText()).isEqualTo(user.toString());
    assertThat(claims.get("email").asText()).isEqualTo("shape@claims.test");
    assertThat(claims.get("org_id").asText()).isEqualTo(org.id().toString());
    assertThat(claims.get("role").asText()).as("most recently assigned").isEqualTo("clinician");
    assertThat(claims.get("scope_path").asText()).isEqualTo(org.path());
    assertThat(texts(claims.get("permissions")))
        .containsExactly("user.client_assign", "user.org_unit_assign", "user.schedule_manage");
  }

  @Test
  void effectivePermissionsKeepOnlyTheWidestScopeOfEachPermission() {
    var user = fixtures.user("widest@claims.test");
    fixtures.assignRole(user, "coordinator", org);
    fixtures.assignRole(user, "facility_admin", north);

    var claims = readSide.claims(user, org.id(), AS_OF);

    assertThat(pairs(claims.get("effective_permissions")))
        .containsExactly(
            "user.client_assign@" + org.path(),
            "user.org_unit_assign@" + org.path(),
            "user.role_assign@" + north.path(),
            "user.role_revoke@" + north.path(),
            "user.schedule_manage@" + org.path());
  }

  @Test
  void effectivePermissionsListEverySiblingScope() {
    var user = fixtures.user("siblings@claims.test");
    fixtures.assignRole(user, "facility_admin", north);
    fixtures.assignRole(user, "coordinator", south);

    var claims = readSide.claims(user, org.id(), AS_OF);
    var siblings = List.of(north.path(), south.path()).stream().sorted().toList();

    assertThat(pairs(claims.get("effective_permissions")))
        .containsExactly(
            "user.client_assign@" + siblings.get(0),
            "user.client_assign@" + siblings.get(1),
            "user.org_unit_assign@" + siblings.get(0),
            "user.org_unit_assign@" + siblings.get(1),
            "user.role_assign@" + north.path(),
            "user.role_revoke@" + north.path(),
            "user.schedule_manage@" + siblings.get(0),
            "user.schedule_manage@" + siblings.get(1));
  }

  @Test
  void globalRoleComesFirstAndGrantsEveryPermissionAtStar() {
    var user = fixtures.user("global@claims.test");
    fixtures.assignRole(user, "clinician", org);
    fixtures.assignGlobalRole(user, "super_admin");

    var claims = readSide.claims(user, null, AS_OF);

    assertThat(claims.get("org_id").isNull()).isTrue();
    assertThat(claims.get("role").asText()).isEqualTo("super_admin");
    assertThat(claims.get("scope_path").isNull()).isTrue();
    assertThat(pairs(claims.get("effective_permissions")))
        .hasSize(6)
        .allSatisfy(pair -> assertThat(pair).endsWith("@*"));
    assertThat(claims.get("unit_ids").size()).isZero();
  }

  @Test
  void organizationIsTheMostRecentActiveAssignmentUnlessOneIsGiven() {
    var other = fixtures.organization("Claims Other", "UTC");
    var user = fixtures.user("two-orgs@claims.test");
    fixtures.assignRole(user, "coordinator", org);
    fixtures.assignRole(user, "clinician", other);
    var expired = fixtures.organization("Claims Expired", "UTC");
    fixtures.assignRole(
        user, "peer_mentor", expired.id(), expired.path(), null, AS_OF.toLocalDate().minusDays(1));

    var chosen = readSide.claims(user, null, AS_OF);
    var given = readSide.claims(user, org.id(), AS_OF);

    assertThat(chosen.get("org_id").asText()).isEqualTo(other.id().toString());
    assertThat(chosen.get("role").asText()).isEqualTo("clinician");
    assertThat(chosen.get("permissions").size()).isZero();
    assertThat(given.get("org_id").asText()).isEqualTo(org.id().toString());
    assertThat(given.get("role").asText()).isEqualTo("coordinator");
  }

  @Test
  void unitIdsHoldOnlyActiveAssignmentsAndPrimaryFollowsAPrimaryChange() {
    var admin = fixtures.user("unit-admin@claims.test");
    var user = fixtures.user("units@claims.test");
    fixtures.assignRole(user, "peer_mentor", org);
    var east = fixtures.unit(org, "facility", "East");
    var elsewhere = fixtures.organization("Claims Elsewhere", "UTC");
    var elsewhereUnit = fixtures.unit(elsewhere, "chapter", "Elsewhere Chapter");
    var first = assignUnit(user, north, true);
    var second = assignUnit(user, south, false);
    var third = assignUnit(user, east, false);
    assignUnit(user, elsewhereUnit, true);
    fixtures
        .as(admin)
        .append(
            EventTypes.USER_ORG_UNIT_DEACTIVATED,
            user,
            EventFixtures.data(
                "assignment_id",
                third,
                "user_id",
                user,
                "organization_id",
                org.id(),
                "reason",
                "left the unit"));

    var before = readSide.claims(user, org.id(), AS_OF);
    fixtures.append(
        EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED,
        user,
        EventFixtures.data(
            "user_id", user,
            "organization_id", org.id(),
            "assignment_id", second,
            "previous_assignment_id", first));
    var after = readSide.claims(user, org.id(), AS_OF);

    assertThat(texts(before.get("unit_ids")))
        .containsExactly(north.id().toString(), south.id().toString());
    assertThat(before.get("primary_unit_id").asText()).isEqualTo(north.id().toString());
    assertThat(texts(after.get("unit_ids")))
        .containsExactly(north.id().toString(), south.id().toString());
    assertThat(after.get("primary_unit_id").asText()).isEqualTo(south.id().toString());
  }

  @Test
  void claimsCarryAccessBlockedOnlyOutsideTheAccessWindowAtTheInstantAsked() {
    var user = fixtures.user("blocked-as-of@claims.test");
    fixtures.accessDates(user, org.id(), AS_OF.toLocalDate(), AS_OF.toLocalDate().plusDays(10));
    fixtures.assignRole(user, "coordinator", org);

    var before = readSide.claims(user, null, AS_OF.minusDays(1));
    var during = readSide.claims(user, null, AS_OF);
    var after = readSide.claims(user, null, AS_OF.plusDays(11));

    assertThat(before.get("org_id").asText()).isEqualTo(org.id().toString());
    assertThat(before.get("access_blocked").asBoolean()).isTrue();
    assertThat(before.get("access_blocked_reason").asText()).isEqualTo("access_not_started");
    assertThat(before.get("role").isNull()).isTrue();
    assertThat(during.has("access_blocked")).isFalse();
    assertThat(during.get("role").asText()).isEqualTo("coordinator");
    assertThat(after.get("access_blocked_reason").asText()).isEqualTo("access_expired");
  }

  private static UUID assignUnit(UUID user, EventFixtures.Unit unit, boolean primary) {
    return new StaffFixtures(fixtures).unit(user, unit, primary);
  }

  static List<String> fieldNames(JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> texts(JsonNode array) {
    var values = new ArrayList<String>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static List<String> pairs(JsonNode effective) {
    var values = new ArrayList<String>();
    effective.forEach(e -> values.add(e.get("p").asText() + "@" + e.get("s").asText()));
    return values;
  }
}
