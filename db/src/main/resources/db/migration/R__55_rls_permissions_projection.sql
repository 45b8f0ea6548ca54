-- Row-level security of permissions_projection (catalogue, read-only to authenticated).
-- Guarantees: every authenticated request reads the whole catalogue of permissions.
DROP POLICY IF EXISTS permissions_select ON permissions_projection;
CREATE POLICY permissions_select
    ON permissions_projection FOR SELECT TO authenticated
    USING (true);
