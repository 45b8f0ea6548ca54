-- Row-level security of organization_units_projection.
-- Guarantees: organization isolation (the current organization's units; a super_admin sees
-- all); a write needs organization.manage at the unit's path, and the path must lie inside the
-- unit's own organization.
DROP POLICY IF EXISTS organization_units_select ON organization_units_projection;
CREATE POLICY organization_units_select
    ON organization_units_projection FOR SELECT
    USING (organization_id = (SELECT get_current_org_id()));

DROP POLICY IF EXISTS organization_units_super_admin_select ON organization_units_projection;
CREATE POLICY organization_units_super_admin_select
    ON organization_units_projection FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));

DROP POLICY IF EXISTS organization_units_modify ON organization_units_projection;
CREATE POLICY organization_units_modify
    ON organization_units_projection FOR ALL
    USING (path <@ organization_path(organization_id) AND has_effective_permission('organization.manage', path));
