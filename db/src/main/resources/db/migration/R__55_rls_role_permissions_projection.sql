-- Row-level security of role_permissions_projection (catalogue, read-only to authenticated).
-- Guarantees: an authenticated request reads the grants of exactly the roles it may read
-- (the subquery runs under roles_projection's own policy).
DROP POLICY IF EXISTS role_permissions_select ON role_permissions_projection;
CREATE POLICY role_permissions_select
    ON role_permissions_projection FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM roles_projection r WHERE r.id = role_id));
