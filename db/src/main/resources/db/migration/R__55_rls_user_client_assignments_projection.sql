-- Row-level security of user_client_assignments_projection: 000's two policies.
-- Guarantees: a request reads the caseloads of its current organization; a write (and, as
-- 000's policy is FOR ALL, a read) needs user.client_assign at the organization's path; a
-- super_admin reads all.
DROP POLICY IF EXISTS user_client_assignments_select ON user_client_assignments_projection;
CREATE POLICY user_client_assignments_select
    ON user_client_assignments_projection FOR SELECT
    USING (organization_id = (SELECT get_current_org_id()));

DROP POLICY IF EXISTS user_client_assignments_modify ON user_client_assignments_projection;
CREATE POLICY user_client_assignments_modify
    ON user_client_assignments_projection FOR ALL
    USING (has_effective_permission('user.client_assign', organization_path(organization_id)));

DROP POLICY IF EXISTS user_client_assignments_super_admin_select ON user_client_assignments_projection;
CREATE POLICY user_client_assignments_super_admin_select
    ON user_client_assignments_projection FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));
