-- Row-level security of roles_projection (catalogue, read-only to authenticated).
-- Guarantees: every authenticated request reads the platform roles (organization_id NULL)
-- and the roles of its current organization; a super_admin reads every role.
DROP POLICY IF EXISTS roles_select ON roles_projection;
CREATE POLICY roles_select
    ON roles_projection FOR SELECT TO authenticated
    USING (organization_id IS NULL
           OR organization_id = (SELECT get_current_org_id())
           OR (SELECT is_super_admin(get_current_user_id())));
