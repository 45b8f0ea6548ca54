-- Row-level security of user_roles_projection: 004's three policies, as written.
-- Guarantees: a super_admin reads and writes every assignment; an organization admin (claims
-- role provider_admin / super_admin or permission organization.manage) reads the
-- organization-scoped assignments of the current organization; every user reads their own.
-- Nobody else reads or writes any: assignments change through role commands (events).
DROP POLICY IF EXISTS user_roles_super_admin_all ON user_roles_projection;
CREATE POLICY user_roles_super_admin_all
    ON user_roles_projection FOR ALL
    USING ((SELECT is_super_admin(get_current_user_id())));

DROP POLICY IF EXISTS user_roles_org_admin_select ON user_roles_projection;
CREATE POLICY user_roles_org_admin_select
    ON user_roles_projection FOR SELECT
    USING (
        org_id IS NOT NULL
        AND (SELECT has_org_admin_permission())
        AND org_id = (SELECT get_current_org_id())
    );

DROP POLICY IF EXISTS user_roles_own_select ON user_roles_projection;
CREATE POLICY user_roles_own_select
    ON user_roles_projection FOR SELECT
    USING (user_id = (SELECT get_current_user_id()));
