package io.roster.db.readside;

import io.roster.db.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Every table under row-level security, with the SQL expression of the organization each row
 * belongs to, so a test can count one organization's rows as any role sees them.
 */
final class ProtectedTables {

  /** Table name to the expression of its row's organization. */
  static final Map<String, String> ORGANIZATION_OF_ROW = new LinkedHashMap<>();

  /** The one protected table no organization owns a row of. */
  static final Set<String> CATALOGUE_ONLY = Set.of("permissions_projection");

  /** Write-side tables: RLS on with no policy, so no authenticated reader sees a row. */
  static final Set<String> WRITE_SIDE_ONLY =
      Set.of("command_results", "onboarding_requests", "notification_outbox");

  static {
    ORGANIZATION_OF_ROW.put("organizations_projection", "id");
    ORGANIZATION_OF_ROW.put("organization_units_projection", "organization_id");
    ORGANIZATION_OF_ROW.put(
        "users",
        "(SELECT a.org_id FROM user_org_access a WHERE a.user_id = users.id ORDER BY 1 LIMIT 1)");
    ORGANIZATION_OF_ROW.put("user_org_access", "org_id");
    ORGANIZATION_OF_ROW.put("roles_projection", "organization_id");
    ORGANIZATION_OF_ROW.put("role_permissions_projection", "role_org_of(role_id)");
    ORGANIZATION_OF_ROW.put("user_roles_projection", "org_id");
    ORGANIZATION_OF_ROW.put("user_client_assignments_projection", "organization_id");
    ORGANIZATION_OF_ROW.put("schedule_templates_projection", "organization_id");
    ORGANIZATION_OF_ROW.put("schedule_user_assignments_projection", "organization_id");
    ORGANIZATION_OF_ROW.put("user_schedule_policies_projection", "organization_id");
    ORGANIZATION_OF_ROW.put("user_org_unit_assignments_projection", "organization_id");
    ORGANIZATION_OF_ROW.put(
        "domain_events",
        "CAST(coalesce(event_data ->> 'organization_id', event_data ->> 'org_id') AS uuid)");
  }

  private ProtectedTables() {}

  /**
   * Installs role_org_of(role), a test-only lookup that ignores row-level security, so that
   * role_permissions rows can be labelled with their role's organization whoever counts them.
   */
  static void install(TestDatabase db) {
    db.jdbi()
        .useHandle(
            h ->
                h.execute(
                    """
                    CREATE FUNCTION role_org_of(uuid) RETURNS uuid LANGUAGE sql STABLE
                    SECURITY DEFINER SET search_path = public
                    AS 'SELECT organization_id FROM roles_projection WHERE id = $1'
                    """));
  }

  /** The rows of the table that belong to the organization, as the handle's role sees them. */
  static long rowsOf(Handle h, String table, UUID orgId) {
    return h.createQuery(
            "SELECT count(*) FROM "
                + table
                + " WHERE "
                + ORGANIZATION_OF_ROW.get(table)
                + " = :org")
        .bind("org", orgId)
        .mapTo(Long.class)
        .one();
  }

  /** The rows of the table that belong to any organization, as the handle's role sees them. */
  static long organizationRows(Handle h, String table) {
    return Requests.count(
        h,
        "SELECT count(*) FROM "
            + table
            + " WHERE "
            + ORGANIZATION_OF_ROW.get(table)
            + " IS NOT NULL");
  }
}
