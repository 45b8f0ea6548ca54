package io.roster.db.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads organizations, their units, and the scope paths they define. */
@RegisterConstructorMapper(OrganizationRow.class)
@RegisterConstructorMapper(UnitRow.class)
@RegisterConstructorMapper(ScopeRow.class)
public interface OrganizationQueries {

  @SqlQuery(
      """
      SELECT id, name, slug, parent_organization_id, path::text AS path, timezone,
             direct_care_settings::text AS direct_care_settings, max_active_unit_assignments,
             notice_days, is_active
      FROM organizations_projection WHERE id = :id
      """)
  Optional<OrganizationRow> findOrganization(@Bind("id") UUID id);

  @SqlQuery("SELECT EXISTS (SELECT 1 FROM organizations_projection WHERE slug = :slug)")
  boolean slugTaken(@Bind("slug") String slug);

  @SqlQuery(
      """
      SELECT id, organization_id, parent_unit_id, name, kind, path::text AS path, is_active
      FROM organization_units_projection WHERE id = :id
      """)
  Optional<UnitRow> findUnit(@Bind("id") UUID id);

  @SqlQuery(
      """
      SELECT id, organization_id, parent_unit_id, name, kind, path::text AS path, is_active
      FROM organization_units_projection WHERE parent_unit_id = :id AND is_active
      """)
  List<UnitRow> activeChildUnits(@Bind("id") UUID id);

  /** The organization or unit whose path is exactly {@code path}. */
  @SqlQuery(
      """
      SELECT path::text AS path, id AS organization_id, NULL::uuid AS unit_id, is_active AS active
      FROM organizations_projection WHERE path = CAST(:path AS ltree)
      UNION ALL
      SELECT path::text, organization_id, id, is_active
      FROM organization_units_projection WHERE path = CAST(:path AS ltree)
      """)
  Optional<ScopeRow> findScope(@Bind("path") String path);
}
