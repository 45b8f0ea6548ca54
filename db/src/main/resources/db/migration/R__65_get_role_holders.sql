-- get_role_holders(org, as_of): who held which role at which scope in an organization at the
-- instant as_of (p_org_id NULL: the global roles).
-- Guarantees: exactly the assignments get_user_active_roles(user, org, as_of) would return for
-- each user: role window ∩ access window (a missing user_org_access row is no restriction) on
-- the organization's local date at as_of, global roles on the UTC date without an access
-- window; inactive catalogue roles excluded. It reads the projection's CURRENT windows: a
-- role revoked since as_of (revocation deletes the row) or whose window was changed since is
-- answered with today's data, not replayed from events. Ordered by role name, email, scope.
-- SECURITY INVOKER: the caller's row-level security applies; the service (table owner) sees all.
CREATE OR REPLACE FUNCTION get_role_holders(p_org_id uuid, p_as_of timestamptz DEFAULT now())
    RETURNS TABLE (
        user_id          uuid,
        email            text,
        user_name        text,
        role_id          uuid,
        role_name        text,
        scope_path       ltree,
        role_valid_from  date,
        role_valid_until date
    )
    LANGUAGE plpgsql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
#variable_conflict use_column
DECLARE
    _today date := organization_local_date(p_org_id, p_as_of);
BEGIN
    RETURN QUERY
    SELECT ur.user_id, u.email, nullif(concat_ws(' ', u.first_name, u.last_name), ''), ur.role_id, r.name,
           ur.scope_path, ur.role_valid_from, ur.role_valid_until
    FROM user_roles_projection ur
    JOIN roles_projection r ON r.id = ur.role_id
    LEFT JOIN users u ON u.id = ur.user_id
    LEFT JOIN user_org_access a ON a.user_id = ur.user_id AND a.org_id = ur.org_id
    WHERE (ur.org_id = p_org_id OR (p_org_id IS NULL AND ur.org_id IS NULL))
      AND r.is_active
      AND is_role_active(ur.role_valid_from, ur.role_valid_until, _today)
      AND (ur.org_id IS NULL
           OR is_role_active(a.access_start_date, a.access_expiration_date, _today))
    ORDER BY r.name, u.email, ur.scope_path;
END;
$$;
