-- get_user_active_roles(user, org, as_of): the roles a user holds at the instant as_of (004,
-- DESIGN.md §6), optionally only those of one organization.
-- Guarantees:
--   * a role counts when its own window (role_valid_from .. role_valid_until) AND the user's
--     access window in its organization (user_org_access access_start_date ..
--     access_expiration_date) both contain the organization's local date at as_of,
--     (as_of AT TIME ZONE organizations_projection.timezone)::date; both windows inclusive,
--     a NULL bound open;
--   * a missing user_org_access row means no organization-level restriction: the role window
--     alone decides (access dates are optional in every command, and a role assigned without
--     them must work);
--   * global roles (org_id NULL) skip the access window and read the date in UTC;
--   * p_org_id NULL returns every organization and the global roles; a p_org_id returns only
--     that organization's roles (004: "filters by user_id and optionally org_id"), so global
--     roles are not repeated per organization;
--   * a role of the catalogue that is no longer active grants nothing;
--   * the columns are 004's four, the role window, and assigned_at (the claims pick the most
--     recent assignment); rows ordered by organization (global first) and role name.
-- SECURITY DEFINER (search_path pinned): it reads user_roles_projection and user_org_access
-- regardless of the caller's row-level security, so it is executable by service_role only.
-- PL/pgSQL so that its plan is cached per session (one indexed query on
-- idx_user_roles_auth_lookup / idx_user_roles_user).
CREATE OR REPLACE FUNCTION get_user_active_roles(p_user_id uuid, p_org_id uuid, p_as_of timestamptz)
    RETURNS TABLE (
        role_id          uuid,
        role_name        text,
        organization_id  uuid,
        scope_path       ltree,
        role_valid_from  date,
        role_valid_until date,
        assigned_at      timestamptz
    )
    LANGUAGE plpgsql
    STABLE
    ROWS 5
    SECURITY DEFINER
    SET search_path = public
AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    SELECT ur.role_id, r.name, ur.org_id, ur.scope_path, ur.role_valid_from, ur.role_valid_until, ur.assigned_at
    FROM user_roles_projection ur
    JOIN roles_projection r ON r.id = ur.role_id
    LEFT JOIN organizations_projection o ON o.id = ur.org_id
    LEFT JOIN user_org_access a ON a.user_id = ur.user_id AND a.org_id = ur.org_id
    CROSS JOIN LATERAL (SELECT (p_as_of AT TIME ZONE coalesce(o.timezone, 'UTC'))::date AS today) AS t
    WHERE ur.user_id = p_user_id
      AND (p_org_id IS NULL OR ur.org_id = p_org_id)
      AND r.is_active
      AND is_role_active(ur.role_valid_from, ur.role_valid_until, t.today)
      AND (ur.org_id IS NULL OR is_role_active(a.access_start_date, a.access_expiration_date, t.today))
    ORDER BY ur.org_id NULLS FIRST, r.name;
END;
$$;

-- get_user_active_roles(user [, org]): 004's form, at now().
-- Guarantees: exactly get_user_active_roles(p_user_id, p_org_id, now()).
CREATE OR REPLACE FUNCTION get_user_active_roles(p_user_id uuid, p_org_id uuid DEFAULT NULL)
    RETURNS TABLE (
        role_id          uuid,
        role_name        text,
        organization_id  uuid,
        scope_path       ltree,
        role_valid_from  date,
        role_valid_until date,
        assigned_at      timestamptz
    )
    LANGUAGE sql
    STABLE
    ROWS 5
AS $$
    SELECT * FROM get_user_active_roles(p_user_id, p_org_id, now())
$$;

REVOKE ALL ON FUNCTION get_user_active_roles(uuid, uuid, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION get_user_active_roles(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION get_user_active_roles(uuid, uuid, timestamptz) TO service_role;
GRANT EXECUTE ON FUNCTION get_user_active_roles(uuid, uuid) TO service_role;
