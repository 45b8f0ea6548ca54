package io.roster.worker.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The rules that must hold after any interleaving of commands: 003's unit assignments (exactly one
 * primary among a user's active assignments in an organization, never more active than the
 * organization's limit) and the projections being exactly what a replay of the event log makes.
 */
final class Invariants {

  /** Each query counts the (user, organization) pairs that break a rule of 003. */
  private static final Map<String, String> UNIT_RULES =
      Map.of(
          "exactly one active primary per user and organization",
          """
          SELECT count(*) FROM (
              SELECT user_id, organization_id FROM user_org_unit_assignments_projection
              WHERE status = 'active'
              GROUP BY user_id, organization_id
              HAVING count(*) FILTER (WHERE is_primary) <> 1) broken
          """,
          "no more active assignments than the organization's limit",
          """
          SELECT count(*) FROM (
              SELECT a.user_id, a.organization_id FROM user_org_unit_assignments_projection a
              JOIN organizations_projection o ON o.id = a.organization_id
              WHERE a.status = 'active'
              GROUP BY a.user_id, a.organization_id, o.max_active_unit_assignments
              HAVING count(*) > o.max_active_unit_assignments) broken
          """,
          "no inactive primary",
          """
          SELECT count(*) FROM user_org_unit_assignments_projection
          WHERE is_primary AND status <> 'active'
          """);

  /** A checksum of every projection table, each row as its text, in a stable order. */
  private static final String CHECKSUMS =
      """
      SELECT 'organizations_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM organizations_projection t
      UNION ALL SELECT 'organization_units_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM organization_units_projection t
      UNION ALL SELECT 'users', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM users t
      UNION ALL SELECT 'user_org_access', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM user_org_access t
      UNION ALL SELECT 'permissions_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM permissions_projection t
      UNION ALL SELECT 'roles_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM roles_projection t
      UNION ALL SELECT 'role_permissions_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM role_permissions_projection t
      UNION ALL SELECT 'user_roles_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM user_roles_projection t
      UNION ALL SELECT 'user_client_assignments_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM user_client_assignments_projection t
      UNION ALL SELECT 'schedule_templates_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM schedule_templates_projection t
      UNION ALL SELECT 'schedule_user_assignments_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM schedule_user_assignments_projection t
      UNION ALL SELECT 'user_schedule_policies_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM user_schedule_policies_projection t
      UNION ALL SELECT 'user_org_unit_assignments_projection', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM user_org_unit_assignments_projection t
      """;

  private Invariants() {}

  static void assertUnitRulesHold(Jdbi jdbi) {
    UNIT_RULES.forEach(
        (rule, sql) -> {
          long broken = jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
          assertThat(broken).as(rule).isZero();
        });
  }

  /**
   * Replays the whole log with rebuild_projections() inside a transaction that is rolled back, so
   * the live projections the other tests of this JVM use are left as they were; returns the number
   * of events replayed.
   */
  static long assertRebuildEqualsLive(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> {
          h.begin();
          try {
            var live = checksums(h);
            long replayed = h.createQuery("SELECT rebuild_projections()").mapTo(Long.class).one();
            var rebuilt = checksums(h);
            assertThat(rebuilt).as("projections rebuilt from the log").isEqualTo(live);
            return replayed;
          } finally {
            h.rollback();
          }
        });
  }

  private static Map<String, String> checksums(Handle h) {
    var out = new TreeMap<String, String>();
    h.createQuery(CHECKSUMS)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
