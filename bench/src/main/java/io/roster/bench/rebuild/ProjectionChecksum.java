package io.roster.bench.rebuild;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A fingerprint of every projection: per table, its row count and the sum of a 64-bit hash of each
 * row's text. Two equal fingerprints mean the same rows (up to a hash collision).
 */
final class ProjectionChecksum {

  private ProjectionChecksum() {}

  static List<String> of(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM (
                    SELECT 'organizations_projection', count(*), sum(hashtextextended(t::text, 0))
                    FROM organizations_projection t
                    UNION ALL SELECT 'organization_units_projection', count(*),
                                     sum(hashtextextended(t::text, 0)) FROM organization_units_projection t
                    UNION ALL SELECT 'users', count(*), sum(hashtextextended(t::text, 0)) FROM users t
                    UNION ALL SELECT 'user_org_access', count(*), sum(hashtextextended(t::text, 0))
                              FROM user_org_access t
                    UNION ALL SELECT 'permissions_projection', count(*), sum(hashtextextended(t::text, 0))
                              FROM permissions_projection t
                    UNION ALL SELECT 'roles_projection', count(*), sum(hashtextextended(t::text, 0))
                              FROM roles_projection t
                    UNION ALL SELECT 'role_permissions_projection', count(*),
                                     sum(hashtextextended(t::text, 0)) FROM role_permissions_projection t
                    UNION ALL SELECT 'user_roles_projection', count(*), sum(hashtextextended(t::text, 0))
                              FROM user_roles_projection t
                    UNION ALL SELECT 'user_client_assignments_projection', count(*),
                                     sum(hashtextextended(t::text, 0)) FROM user_client_assignments_projection t
                    UNION ALL SELECT 'schedule_templates_projection', count(*),
                                     sum(hashtextextended(t::text, 0)) FROM schedule_templates_projection t
                    UNION ALL SELECT 'schedule_user_assignments_projection', count(*),
                                     sum(hashtextextended(t::text, 0)) FROM schedule_user_assignments_projection t
                    UNION ALL SELECT 'user_schedule_policies_projection', count(*),
                                     sum(hashtextextended(t::text, 0)) FROM user_schedule_policies_projection t
                    UNION ALL SELECT 'user_org_unit_assignments_projection', count(*),
                                     sum(hashtextextended(t::text, 0)) FROM user_org_unit_assignments_projection t
                    ) AS checksums ORDER BY 1
                    """)
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3))
                .list());
  }
}
