-- Row-level security of user_org_unit_assignments_projection (003: "RLS policies derive the
-- permitted units from active assignments"; the policies here guard the assignments themselves).
-- Guarantees: organization isolation (the current organization's assignments; a super_admin
-- sees all); a write needs user.org_unit_assign (coordinator or organization admin, 003's
-- assigned_by_must_have_sufficient_role) at the unit's path, and the unit must belong to the
-- row's organization.
DROP POLICY IF EXISTS user_org_unit_assignments_select ON user_org_unit_assignments_projection;
CREATE POLICY user_org_unit_assignments_select
    ON user_org_unit_assignments_projection FOR SELECT
    USING (organization_id = (SELECT get_current_org_id()));

DROP POLICY IF EXISTS user_org_unit_assignments_super_admin_select ON user_org_unit_assignments_projection;
CREATE POLICY user_org_unit_assignments_super_admin_select
    ON user_org_unit_assignments_projection FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));

DROP POLICY IF EXISTS user_org_unit_assignments_modify ON user_org_unit_assignments_projection;
CREATE POLICY user_org_unit_assignments_modify
    ON user_org_unit_assignments_projection FOR ALL
    USING (has_effective_permission('user.org_unit_assign',
                                    organization_unit_scope_path(organization_id, organization_unit_id)));
