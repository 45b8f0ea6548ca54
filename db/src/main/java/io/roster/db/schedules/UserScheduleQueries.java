package io.roster.db.schedules;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads per-user weekly schedule policies (002). */
@RegisterConstructorMapper(UserSchedulePolicyRow.class)
public interface UserScheduleQueries {

  @SqlQuery(
      """
      SELECT id, user_id, organization_id, org_unit_id, schedule::text AS schedule,
             effective_from, effective_until, coalesce(is_active, false) AS is_active
      FROM user_schedule_policies_projection WHERE id = :id
      """)
  Optional<UserSchedulePolicyRow> findSchedule(@Bind("id") UUID id);

  /**
   * The policy of a (user, organization, unit) key, active or not; a null unit is the
   * organization-wide key (NULLS NOT DISTINCT, so there is at most one row).
   */
  @SqlQuery(
      """
      SELECT id, user_id, organization_id, org_unit_id, schedule::text AS schedule,
             effective_from, effective_until, coalesce(is_active, false) AS is_active
      FROM user_schedule_policies_projection
      WHERE user_id = :user_id AND organization_id = :organization_id
        AND org_unit_id IS NOT DISTINCT FROM CAST(:org_unit_id AS uuid)
      """)
  Optional<UserSchedulePolicyRow> findByKey(
      @Bind("user_id") UUID userId,
      @Bind("organization_id") UUID organizationId,
      @Bind("org_unit_id") UUID orgUnitId);
}
