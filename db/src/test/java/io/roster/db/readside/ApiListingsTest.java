package io.roster.db.readside;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The api.list_* read functions of 000, 001 and 002: filters, joins, and row-level security. */
class ApiListingsTest {

  private static TestDatabase db;
  private static EventFixtures fixtures;
  private static EventFixtures.Org org;
  private static EventFixtures.Org otherOrg;
  private static EventFixtures.Unit north;
  private static UUID alice;
  private static UUID bob;
  private static UUID carol;
  private static UUID firstClient;
  private static UUID secondClient;
  private static UUID template;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    fixtures = new EventFixtures(db);
    org = fixtures.organization("Listing Care", "UTC");
    otherOrg = fixtures.organization("Other Listing Care", "UTC");
    north = fixtures.unit(org, "facility", "North");
    alice = fixtures.user("alice@api.test");
    bob = fixtures.user("bob@api.test");
    carol = fixtures.user("carol@api.test");
    firstClient = UUID.randomUUID();
    secondClient = UUID.randomUUID();

    assignClient(alice, firstClient, org);
    assignClient(alice, secondClient, org);
    fixtures.append(
        EventTypes.USER_CLIENT_UNASSIGNED,
        alice,
        EventFixtures.data(
            "user_id",
            alice,
            "client_id",
            secondClient,
            "organization_id",
            org.id(),
            "reason",
            "moved"));
    assignClient(bob, firstClient, org);
    assignClient(carol, firstClient, otherOrg);

    createSchedule(alice, org, null);
    createSchedule(alice, org, north.id());
    var bobs = createSchedule(bob, org, north.id());
    fixtures.append(
        EventTypes.USER_SCHEDULE_DEACTIVATED,
        bob,
        EventFixtures.data("schedule_id", bobs, "user_id", bob, "organization_id", org.id()));
    createSchedule(carol, otherOrg, null);

    template = UUID.randomUUID();
    fixtures.append(
        EventTypes.SCHEDULE_CREATED,
        template,
        EventFixtures.data(
            "template_id", template,
            "organization_id", org.id(),
            "org_unit_id", north.id(),
            "schedule_name", "Days",
            "schedule", Map.of("monday", Map.of("begin", "0800", "end", "1600"))));
    for (var user : List.of(alice, bob)) {
      fixtures.append(
          EventTypes.SCHEDULE_USER_ASSIGNED,
          template,
          EventFixtures.data(
              "template_id",
              template,
              "user_id",
              user,
              "organization_id",
              org.id(),
              "effective_from",
              null,
              "effective_until",
              null));
    }
    fixtures.append(
        EventTypes.SCHEDULE_USER_UNASSIGNED,
        template,
        EventFixtures.data(
            "template_id",
            template,
            "user_id",
            bob,
            "organization_id",
            org.id(),
            "reason",
            "moved"));
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void clientAssignmentsListTheOrganizationsActiveCaseloadWithNamesAndEmails() {
    var rows =
        db.jdbi()
            .withHandle(
                h ->
                    rows(
                        h,
                        """
                        SELECT user_email || ' ' || user_name || ' ' || (client_id = :client)
                        FROM api.list_user_client_assignments(:org)
                        """,
                        Map.of("org", org.id(), "client", firstClient)));

    assertThat(rows)
        .containsExactly(
            "alice@api.test Test alice@api.test true", "bob@api.test Test bob@api.test true");
  }

  @Test
  void clientAssignmentsFilterByUserClientAndActivity() {
    var alicesActive = caseload(alice, null, true);
    var alicesAll = caseload(alice, null, false);
    var holdersOfFirst = caseload(null, firstClient, true);

    assertThat(alicesActive).containsExactly(firstClient + " true");
    assertThat(alicesAll).containsExactlyInAnyOrder(firstClient + " true", secondClient + " false");
    assertThat(holdersOfFirst).hasSize(2);
  }

  @Test
  void userSchedulesListWithUnitNamesOrganizationWideFirst() {
    var active = schedules(null, null, true);
    var atNorthAll = schedules(null, north.id(), false);

    assertThat(active).containsExactly("alice@api.test - true", "alice@api.test North true");
    assertThat(atNorthAll).containsExactly("alice@api.test North true", "bob@api.test North false");
    assertThat(schedules(bob, null, true)).isEmpty();
  }

  @Test
  void templateUsersListActiveAssignmentsUnlessAskedForAll() {
    var active =
        db.jdbi()
            .withHandle(
                h ->
                    rows(
                        h,
                        "SELECT user_email FROM api.list_schedule_template_users(:template)",
                        Map.of("template", template)));
    var all =
        db.jdbi()
            .withHandle(
                h ->
                    rows(
                        h,
                        """
                        SELECT user_email || ' ' || is_active
                        FROM api.list_schedule_template_users(:template, false)
                        """,
                        Map.of("template", template)));

    assertThat(active).containsExactly("alice@api.test");
    assertThat(all).containsExactly("alice@api.test true", "bob@api.test false");
  }

  @Test
  void listingsRunUnderTheCallersRowLevelSecurity() {
    var outsider = Map.of("sub", carol.toString(), "org_id", otherOrg.id().toString());
    var insider = Map.of("sub", alice.toString(), "org_id", org.id().toString());
    var sql =
        """
        SELECT (SELECT count(*) FROM api.list_user_client_assignments(:org))
             + (SELECT count(*) FROM api.list_user_schedules(:org))
             + (SELECT count(*) FROM api.list_schedule_template_users(:template))
        """;
    var args = Map.<String, Object>of("org", org.id(), "template", template);

    long outsiderSees = Requests.asAuthenticated(db.jdbi(), outsider, h -> count(h, sql, args));
    long insiderSees = Requests.asAuthenticated(db.jdbi(), insider, h -> count(h, sql, args));

    assertThat(outsiderSees).isZero();
    assertThat(insiderSees).isEqualTo(2 + 2 + 1);
  }

  private static List<String> caseload(UUID user, UUID client, boolean activeOnly) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT client_id || ' ' || is_active
                        FROM api.list_user_client_assignments(:org, :user, :client, :active_only)
                        """)
                    .bind("org", org.id())
                    .bind("user", user)
                    .bind("client", client)
                    .bind("active_only", activeOnly)
                    .mapTo(String.class)
                    .list());
  }

  private static List<String> schedules(UUID user, UUID unit, boolean activeOnly) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT user_email || ' ' || coalesce(org_unit_name, '-') || ' ' || is_active
                        FROM api.list_user_schedules(:org, :user, :unit, :active_only)
                        """)
                    .bind("org", org.id())
                    .bind("user", user)
                    .bind("unit", unit)
                    .bind("active_only", activeOnly)
                    .mapTo(String.class)
                    .list());
  }

  private static List<String> rows(Handle h, String sql, Map<String, ?> args) {
    return h.createQuery(sql).bindMap(args).mapTo(String.class).list();
  }

  private static long count(Handle h, String sql, Map<String, ?> args) {
    return h.createQuery(sql).bindMap(args).mapTo(Long.class).one();
  }

  private static void assignClient(UUID user, UUID client, EventFixtures.Org in) {
    fixtures.append(
        EventTypes.USER_CLIENT_ASSIGNED,
        user,
        EventFixtures.data(
            "user_id",
            user,
            "client_id",
            client,
            "organization_id",
            in.id(),
            "assigned_until",
            null,
            "notes",
            null));
  }

  private static UUID createSchedule(UUID user, EventFixtures.Org in, UUID unit) {
    var id = UUID.randomUUID();
    fixtures.append(
        EventTypes.USER_SCHEDULE_CREATED,
        user,
        EventFixtures.data(
            "schedule_id",
            id,
            "user_id",
            user,
            "organization_id",
            in.id(),
            "org_unit_id",
            unit,
            "schedule",
            Map.of("monday", Map.of("begin", "0800", "end", "1600")),
            "effective_from",
            null,
            "effective_until",
            null));
    return id;
  }
}
