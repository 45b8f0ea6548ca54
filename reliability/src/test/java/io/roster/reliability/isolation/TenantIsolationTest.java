package io.roster.reliability.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.roster.activities.RosterActivities;
import io.roster.db.events.EventJson;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Figures;
import io.roster.db.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation under row-level security: requests of organization A (its admin, coordinator and
 * clinician, each with the claims Roster's token hook gives them, as role {@code authenticated})
 * read every table under row-level security and call every function of Roster's schemas about
 * organization B. No row mentions B, and no function tells B apart from an organization that does
 * not exist: it answers the same for both, or refuses both.
 */
class TenantIsolationTest {

  static final String PERMISSION_DENIED = "42501";

  /** Noon UTC, already the next day in Kiritimati (UTC+14), B's time zone. */
  static final OffsetDateTime AS_OF = OffsetDateTime.parse("2030-01-15T12:00:00Z");

  static TestDatabase db;
  static Jdbi jdbi;
  static Tenant a;
  static Tenant b;

  @BeforeAll
  static void twoTenants() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
    var fixtures = new EventFixtures(db);
    var activities = RosterActivities.create(jdbi, Optional.empty());
    a = Tenant.create(fixtures, activities, jdbi, "Alpha Care", "UTC");
    b = Tenant.create(fixtures, activities, jdbi, "Beta Care", "Pacific/Kiritimati");
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void noRowOfAnyProtectedTableMentionsTheOtherOrganization() {
    var tables = protectedTables();
    long leaked = 0;
    long read = 0;
    var closed = new TreeSet<String>();
    for (var table : tables) {
      if (!table.equals("permissions_projection")) { // the platform's catalogue, nobody's rows
        assertThat(asOwner(countMentioning(table), b.identifiers()))
            .as("%s holds rows of B (the check is not empty)", table)
            .isPositive();
      }
      for (var request : requestsOfA()) {
        var mentioning =
            request.ask(
                countMentioning(table), Map.of("ids", b.identifiers().toArray(String[]::new)));
        if (mentioning.isRefused()) {
          assertThat(mentioning.sqlState()).as("%s refused", table).isEqualTo(PERMISSION_DENIED);
          closed.add(table);
          continue;
        }
        long rows = count(mentioning);
        leaked += rows;
        read += count(request.ask("SELECT count(*)::text FROM " + quoted(table), Map.of()));
        assertThat(rows).as("rows of %s mentioning B, seen by a request of A", table).isZero();
      }
    }
    assertThat(closed)
        .as("only the write side is closed to requests altogether")
        .containsExactlyInAnyOrder("command_results", "notification_outbox", "onboarding_requests");
    var admin = new Request(jdbi, claims(a.admin()));
    for (var table : ORGANIZATION_TABLES) {
      assertThat(
              count(
                  admin.ask(
                      countMentioning(table),
                      Map.of("ids", a.identifiers().toArray(String[]::new)))))
          .as("A's admin sees A's rows of %s (the requests do read)", table)
          .isPositive();
    }
    new Figures("tenant-isolation-tables")
        .put("tables", tables.size())
        .put("tables_closed_to_requests", closed.size())
        .put("identities_of_a", requestsOfA().size())
        .put("rows_read", read)
        .put("rows_leaked", leaked)
        .write();
  }

  @Test
  void everyFunctionAnswersAboutTheOtherOrganizationAsAboutNone() {
    assertThat(FunctionCatalogue.CALLS.stream().map(FunctionCall::signature))
        .as("every function of Roster's schemas is called")
        .containsExactlyInAnyOrderElementsOf(rosterFunctions());
    var aboutB = Subject.of(b, AS_OF);
    var aboutNone = aboutB.ghost();
    var leaks = new ArrayList<String>();
    int calls = 0;
    int refused = 0;
    for (var request : requestsOfA()) {
      for (var call : FunctionCatalogue.CALLS) {
        var answer = request.ask(call.sql(), aboutB.parameters());
        var twin = request.ask(call.sql(), aboutNone.parameters());
        calls += 2;
        refused += (answer.isRefused() ? 1 : 0) + (twin.isRefused() ? 1 : 0);
        switch (call.kind()) {
          case READ -> {
            if (!answer.equals(twin) || answer.mentionsAny(b.identifiers())) {
              leaks.add(call.signature() + ": about B " + answer + ", about none " + twin);
            }
          }
          case WRITE -> {
            if (!answer.isRefused() || !answer.equals(twin)) {
              leaks.add(call.signature() + " was not refused: " + answer + " / " + twin);
            }
          }
          case PURE -> assertThat(answer.isRefused()).as(call.signature()).isFalse();
        }
      }
    }
    assertThat(leaks).as("functions that told B apart from nothing").isEmpty();
    new Figures("tenant-isolation-functions")
        .put("functions", FunctionCatalogue.CALLS.size())
        .put("calls", calls)
        .put("refused_with_an_error", refused)
        .put("answers_leaked", leaks.size())
        .write();
  }

  /** Projection tables where A's admin must see A's own rows. */
  static final List<String> ORGANIZATION_TABLES =
      List.of(
          "organizations_projection",
          "organization_units_projection",
          "users",
          "user_org_access",
          "roles_projection",
          "role_permissions_projection",
          "user_roles_projection",
          "user_client_assignments_projection",
          "schedule_templates_projection",
          "schedule_user_assignments_projection",
          "user_schedule_policies_projection",
          "user_org_unit_assignments_projection",
          "domain_events");

  private static List<Request> requestsOfA() {
    return List.of(
        new Request(jdbi, claims(a.admin())),
        new Request(jdbi, claims(a.coordinator())),
        new Request(jdbi, claims(a.clinician())));
  }

  /** The claims Roster's token hook gives the user in organization A (as the service computes). */
  private static Map<String, Object> claims(UUID user) {
    var json =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT custom_access_token_claims(:u, :o, :t)::text")
                    .bind("u", user)
                    .bind("o", a.org().id())
                    .bind("t", AS_OF)
                    .mapTo(String.class)
                    .one());
    try {
      return EventJson.mapper()
          .readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (Exception e) {
      throw new IllegalStateException(json, e);
    }
  }

  /** Every table of the public schema with row-level security on. */
  private static List<String> protectedTables() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT c.relname FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
                      AND c.relrowsecurity ORDER BY c.relname
                    """)
                .mapTo(String.class)
                .list());
  }

  /** Every function of the public and api schemas but extensions' and trigger functions. */
  private static List<String> rosterFunctions() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT p.oid::regprocedure::text FROM pg_proc p
                    WHERE p.pronamespace IN ('public'::regnamespace, 'api'::regnamespace)
                      AND p.prorettype <> 'trigger'::regtype
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                        AND d.deptype = 'e')
                    """)
                .mapTo(String.class)
                .list());
  }

  /** Counts the table's rows whose JSON mentions any of :ids. */
  private static String countMentioning(String table) {
    return "SELECT count(*)::text FROM "
        + quoted(table)
        + " t WHERE EXISTS (SELECT 1 FROM unnest(CAST(:ids AS text[])) AS i(id)"
        + " WHERE strpos(to_jsonb(t)::text, i.id) > 0)";
  }

  private static long asOwner(String sql, List<String> ids) {
    return jdbi.withHandle(
        h -> h.createQuery(sql).bind("ids", ids.toArray(String[]::new)).mapTo(Long.class).one());
  }

  private static long count(Answer answer) {
    assertThat(answer.isRefused()).as("refused: %s", answer).isFalse();
    return Long.parseLong(answer.text());
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
