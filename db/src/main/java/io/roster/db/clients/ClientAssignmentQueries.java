package io.roster.db.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads client-to-staff caseload assignments (000). */
@RegisterConstructorMapper(ClientAssignmentRow.class)
public interface ClientAssignmentQueries {

  /** The assignment of a client to a user, active or not: the pair is unique across orgs. */
  @SqlQuery(
      """
      SELECT id, user_id, client_id, organization_id, assigned_at, assigned_until,
             coalesce(is_active, false) AS is_active, assigned_by, notes
      FROM user_client_assignments_projection
      WHERE user_id = :user_id AND client_id = :client_id
      """)
  Optional<ClientAssignmentRow> findAssignment(
      @Bind("user_id") UUID userId, @Bind("client_id") UUID clientId);

  /** A user's active caseload in an organization, oldest assignment first. */
  @SqlQuery(
      """
      SELECT id, user_id, client_id, organization_id, assigned_at, assigned_until,
             coalesce(is_active, false) AS is_active, assigned_by, notes
      FROM user_client_assignments_projection
      WHERE user_id = :user_id AND organization_id = :organization_id AND is_active
      ORDER BY assigned_at, id
      """)
  List<ClientAssignmentRow> activeCaseload(
      @Bind("user_id") UUID userId, @Bind("organization_id") UUID organizationId);
}
