package io.roster.reliability.concurrency;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The invariants of 003 over every unit assignment in the database, as a list of violations (empty
 * when they all hold): at most the organization's limit of active assignments per user, exactly one
 * active primary when there is an active assignment and none otherwise, no inactive primary, no
 * unit assigned twice to one user, and every assignment in its unit's organization.
 */
final class UnitInvariants {

  private UnitInvariants() {}

  static List<String> violations(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> {
          var found = new ArrayList<String>();
          found.addAll(
              h.createQuery(
                      """
                      SELECT 'user ' || a.user_id || ' in ' || a.organization_id || ': '
                             || count(*) FILTER (WHERE a.status = 'active') || ' active (limit '
                             || max(o.max_active_unit_assignments) || '), '
                             || count(*) FILTER (WHERE a.status = 'active' AND a.is_primary)
                             || ' active primaries, '
                             || count(*) FILTER (WHERE a.status <> 'active' AND a.is_primary)
                             || ' inactive primaries'
                      FROM user_org_unit_assignments_projection a
                      JOIN organizations_projection o ON o.id = a.organization_id
                      GROUP BY a.user_id, a.organization_id
                      HAVING count(*) FILTER (WHERE a.status = 'active') > max(o.max_active_unit_assignments)
                          OR count(*) FILTER (WHERE a.status = 'active' AND a.is_primary)
                             <> CASE WHEN count(*) FILTER (WHERE a.status = 'active') > 0 THEN 1 ELSE 0 END
                          OR count(*) FILTER (WHERE a.status <> 'active' AND a.is_primary) > 0
                      """)
                  .mapTo(String.class)
                  .list());
          found.addAll(
              h.createQuery(
                      """
                      SELECT 'unit ' || organization_unit_id || ' assigned ' || count(*)
                             || ' times to user ' || user_id
                      FROM user_org_unit_assignments_projection
                      GROUP BY user_id, organization_unit_id HAVING count(*) > 1
                      """)
                  .mapTo(String.class)
                  .list());
          found.addAll(
              h.createQuery(
                      """
                      SELECT 'assignment ' || a.id || ' in organization ' || a.organization_id
                             || ' of a unit of ' || u.organization_id
                      FROM user_org_unit_assignments_projection a
                      JOIN organization_units_projection u ON u.id = a.organization_unit_id
                      WHERE u.organization_id <> a.organization_id
                      """)
                  .mapTo(String.class)
                  .list());
          return found;
        });
  }

  /** Active assignments per user and organization, at most. */
  static long mostActive(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT coalesce(max(n), 0) FROM (
                        SELECT count(*) AS n FROM user_org_unit_assignments_projection
                        WHERE status = 'active' GROUP BY user_id, organization_id) c
                    """)
                .mapTo(Long.class)
                .one());
  }
}
