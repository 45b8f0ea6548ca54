-- Row-level security of users (read-only to authenticated).
-- Guarantees: a request sees its own user, and the members of its current organization
-- (is_current_organization_member()); a super_admin sees every user. Users change through
-- events only.
DROP POLICY IF EXISTS users_select ON users;
CREATE POLICY users_select
    ON users FOR SELECT
    USING (id = (SELECT get_current_user_id()) OR is_current_organization_member(id));

DROP POLICY IF EXISTS users_super_admin_select ON users;
CREATE POLICY users_super_admin_select
    ON users FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));
