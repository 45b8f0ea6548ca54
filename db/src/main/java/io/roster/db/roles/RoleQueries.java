package io.roster.db.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads roles, their permissions, and users' role assignments. */
@RegisterConstructorMapper(RoleRow.class)
@RegisterConstructorMapper(RoleAssignmentRow.class)
public interface RoleQueries {

  /**
   * A role usable in {@code orgId}: the organization's own role of that name, else the platform
   * role.
   */
  @SqlQuery(
      """
      SELECT id, name, organization_id, is_active FROM roles_projection
      WHERE name = :name AND (organization_id IS NULL OR organization_id = :org_id)
      ORDER BY organization_id NULLS LAST LIMIT 1
      """)
  Optional<RoleRow> findRoleByName(@Bind("name") String name, @Bind("org_id") UUID orgId);

  @SqlQuery("SELECT id, name, organization_id, is_active FROM roles_projection WHERE id = :id")
  Optional<RoleRow> findRole(@Bind("id") UUID id);

  @SqlQuery(
      """
      SELECT p.name FROM role_permissions_projection rp
      JOIN permissions_projection p ON p.id = rp.permission_id
      WHERE rp.role_id = :role_id ORDER BY p.name
      """)
  List<String> permissionsOf(@Bind("role_id") UUID roleId);

  @SqlQuery(
      """
      SELECT ur.user_id, ur.role_id, r.name AS role_name, ur.org_id, ur.scope_path::text AS scope_path,
             ur.assigned_at, ur.role_valid_from, ur.role_valid_until
      FROM user_roles_projection ur JOIN roles_projection r ON r.id = ur.role_id
      WHERE ur.user_id = :user_id AND ur.role_id = :role_id AND ur.org_id IS NOT DISTINCT FROM :org_id
      """)
  Optional<RoleAssignmentRow> findAssignment(
      @Bind("user_id") UUID userId, @Bind("role_id") UUID roleId, @Bind("org_id") UUID orgId);

  @SqlQuery(
      """
      SELECT ur.user_id, ur.role_id, r.name AS role_name, ur.org_id, ur.scope_path::text AS scope_path,
             ur.assigned_at, ur.role_valid_from, ur.role_valid_until
      FROM user_roles_projection ur JOIN roles_projection r ON r.id = ur.role_id
      WHERE ur.user_id = :user_id ORDER BY ur.org_id NULLS FIRST, r.name
      """)
  List<RoleAssignmentRow> assignmentsOf(@Bind("user_id") UUID userId);

  /** Users other than {@code exceptUserId} holding super_admin globally and active today (UTC). */
  @SqlQuery(
      """
      SELECT count(*) FROM user_roles_projection ur
      JOIN roles_projection r ON r.id = ur.role_id
      WHERE r.name = 'super_admin' AND r.organization_id IS NULL AND ur.org_id IS NULL
        AND ur.user_id <> :except_user_id
        AND (ur.role_valid_from IS NULL OR ur.role_valid_from <= (now() AT TIME ZONE 'UTC')::date)
        AND (ur.role_valid_until IS NULL OR ur.role_valid_until >= (now() AT TIME ZONE 'UTC')::date)
      """)
  long otherActiveSuperAdmins(@Bind("except_user_id") UUID exceptUserId);

  /**
   * Waits for, then holds to the end of the transaction, the lock every command that may take a
   * global super_admin away (a revocation, a window that ends it) takes before it counts the
   * others: two doing so to each other at once would otherwise each count the other and leave none.
   */
  @SqlQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('roster/super_admin'))")
  int lockSuperAdmins();

  /** Whether a global role with this window counts today (UTC), as otherActiveSuperAdmins reads. */
  @SqlQuery(
      """
      SELECT is_role_active(CAST(:from AS date), CAST(:until AS date),
                            (now() AT TIME ZONE 'UTC')::date)
      """)
  boolean activeTodayUtc(@Bind("from") LocalDate from, @Bind("until") LocalDate until);
}
