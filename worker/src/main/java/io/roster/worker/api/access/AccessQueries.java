package io.roster.worker.api.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The read functions of DESIGN.md §6 that the access routes answer with; the instant is bound as a
 * UTC {@code timestamptz}.
 */
@RegisterConstructorMapper(ActiveRole.class)
interface AccessQueries {

  @SqlQuery(
      """
      SELECT role_id, role_name, organization_id, scope_path::text AS scope_path,
             role_valid_from, role_valid_until, assigned_at
      FROM get_user_active_roles(:user, CAST(:org AS uuid), CAST(:as_of AS timestamptz))
      """)
  List<ActiveRole> activeRoles(
      @Bind("user") UUID userId, @Bind("org") UUID orgId, @Bind("as_of") OffsetDateTime asOf);

  @SqlQuery(
      "SELECT custom_access_token_claims(:user, CAST(:org AS uuid), CAST(:as_of AS timestamptz))::text")
  String claims(
      @Bind("user") UUID userId, @Bind("org") UUID orgId, @Bind("as_of") OffsetDateTime asOf);
}
