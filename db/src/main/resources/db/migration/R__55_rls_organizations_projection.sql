-- Row-level security of organizations_projection.
-- Guarantees: a request sees its current organization (claims org_id) and a super_admin sees
-- every one; a write needs organization.manage at the organization's path (a super_admin's
-- global role has it everywhere).
DROP POLICY IF EXISTS organizations_select ON organizations_projection;
CREATE POLICY organizations_select
    ON organizations_projection FOR SELECT
    USING (id = (SELECT get_current_org_id()));

DROP POLICY IF EXISTS organizations_super_admin_select ON organizations_projection;
CREATE POLICY organizations_super_admin_select
    ON organizations_projection FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));

DROP POLICY IF EXISTS organizations_modify ON organizations_projection;
CREATE POLICY organizations_modify
    ON organizations_projection FOR ALL
    USING (has_effective_permission('organization.manage', path));
