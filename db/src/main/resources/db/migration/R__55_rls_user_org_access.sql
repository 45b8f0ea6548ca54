-- Row-level security of user_org_access.
-- Guarantees: a request sees the access windows of its current organization and its own
-- windows everywhere; a super_admin sees all; a write needs user.role_assign at the
-- organization's path (access windows are granted with roles).
DROP POLICY IF EXISTS user_org_access_select ON user_org_access;
CREATE POLICY user_org_access_select
    ON user_org_access FOR SELECT
    USING (org_id = (SELECT get_current_org_id()) OR user_id = (SELECT get_current_user_id()));

DROP POLICY IF EXISTS user_org_access_super_admin_select ON user_org_access;
CREATE POLICY user_org_access_super_admin_select
    ON user_org_access FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));

DROP POLICY IF EXISTS user_org_access_modify ON user_org_access;
CREATE POLICY user_org_access_modify
    ON user_org_access FOR ALL
    USING (has_effective_permission('user.role_assign', organization_path(org_id)));
