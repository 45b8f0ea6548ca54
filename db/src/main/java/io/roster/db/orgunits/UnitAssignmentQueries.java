package io.roster.db.orgunits;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads users' organization unit assignments (003). */
@RegisterConstructorMapper(UnitAssignmentRow.class)
public interface UnitAssignmentQueries {

  /**
   * Every assignment of a user in an organization, active or not, oldest first (by assigned_at,
   * then id): the order in which a deactivated primary's successor is chosen.
   */
  @SqlQuery(
      """
      SELECT id, user_id, organization_unit_id, organization_id, is_primary, assigned_at,
             assigned_by, status, deactivated_at, deactivated_by, notes
      FROM user_org_unit_assignments_projection
      WHERE user_id = :user_id AND organization_id = :organization_id
      ORDER BY assigned_at, id
      """)
  List<UnitAssignmentRow> assignmentsOf(
      @Bind("user_id") UUID userId, @Bind("organization_id") UUID organizationId);

  @SqlQuery(
      """
      SELECT id, user_id, organization_unit_id, organization_id, is_primary, assigned_at,
             assigned_by, status, deactivated_at, deactivated_by, notes
      FROM user_org_unit_assignments_projection WHERE id = :id
      """)
  Optional<UnitAssignmentRow> findAssignment(@Bind("id") UUID id);

  /** The assignment of a user to a unit, whatever its status (the pair is unique). */
  @SqlQuery(
      """
      SELECT id, user_id, organization_unit_id, organization_id, is_primary, assigned_at,
             assigned_by, status, deactivated_at, deactivated_by, notes
      FROM user_org_unit_assignments_projection
      WHERE user_id = :user_id AND organization_unit_id = :unit_id
      """)
  Optional<UnitAssignmentRow> findByUserAndUnit(
      @Bind("user_id") UUID userId, @Bind("unit_id") UUID unitId);
}
