-- has_effective_permission(user, permission, target_path, as_of): whether the user may use the
-- permission at the scope target_path at the instant as_of (DESIGN.md §6, §7). The command
-- layer calls exactly has_effective_permission(:actor, :permission, :target_path, :as_of).
-- Guarantees:
--   * true iff some role the user holds at as_of, with get_user_active_roles() semantics (role
--     window ∩ organization access window, in the organization's local date; a missing
--     user_org_access row is no restriction; an inactive catalogue role grants nothing), grants
--     the permission (role_permissions_projection) and either
--       - is organization-scoped with scope_path @> target_path (the scope itself or anything
--         below it: a facility role reaches the facility and its programs, never the
--         organization above it nor a sibling facility), or
--       - is global (org_id NULL, window read in UTC), which reaches every path;
--   * a NULL target_path is reached by global roles only; a NULL user or as_of is never allowed;
--   * one indexed query (idx_user_roles_user, the role_permissions primary key, the
--     permission name key); PL/pgSQL so its plan is cached per session.
-- SECURITY DEFINER (search_path pinned) so that it answers the same whatever row-level
-- security the caller is under; executable by service_role only, since it answers for any user.
CREATE OR REPLACE FUNCTION has_effective_permission(p_user_id uuid, p_permission text, p_target_path ltree,
                                                    p_as_of timestamptz DEFAULT now())
    RETURNS boolean
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1
        FROM user_roles_projection ur
        JOIN role_permissions_projection rp ON rp.role_id = ur.role_id
        JOIN permissions_projection p ON p.id = rp.permission_id
        JOIN roles_projection r ON r.id = ur.role_id
        LEFT JOIN organizations_projection o ON o.id = ur.org_id
        LEFT JOIN user_org_access a ON a.user_id = ur.user_id AND a.org_id = ur.org_id
        CROSS JOIN LATERAL (SELECT (p_as_of AT TIME ZONE coalesce(o.timezone, 'UTC'))::date AS today) AS t
        WHERE ur.user_id = p_user_id
          AND p.name = p_permission
          AND r.is_active
          AND (ur.org_id IS NULL OR ur.scope_path @> p_target_path)
          AND is_role_active(ur.role_valid_from, ur.role_valid_until, t.today)
          AND (ur.org_id IS NULL OR is_role_active(a.access_start_date, a.access_expiration_date, t.today)));
END;
$$;

-- has_effective_permission(user, permission, target_path text, as_of): the same question with
-- the path as text, because a driver binds a string parameter as varchar and PostgreSQL has no
-- implicit cast from varchar to ltree: without it the command layer's exact call
-- has_effective_permission(:actor, :permission, :target_path, :as_of) with a bound String
-- would find no function. An ltree argument still resolves to the form above.
-- Guarantees: exactly has_effective_permission(user, permission, target_path::ltree, as_of);
-- a path that is not a valid ltree raises (22P02 / 42601), never answers false.
CREATE OR REPLACE FUNCTION has_effective_permission(p_user_id uuid, p_permission text, p_target_path text,
                                                    p_as_of timestamptz DEFAULT now())
    RETURNS boolean
    LANGUAGE sql
    STABLE
AS $$
    SELECT has_effective_permission(p_user_id, p_permission, p_target_path::ltree, p_as_of)
$$;

-- has_effective_permission(permission, target_path): the documents' two-argument form, for
-- row-level security policies: the same question for the request's user (the JWT sub claim,
-- get_current_user_id()) at now().
-- Guarantees: exactly has_effective_permission(get_current_user_id(), permission, target_path,
-- now()); false when the request carries no user.
CREATE OR REPLACE FUNCTION has_effective_permission(p_permission text, p_target_path ltree)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
    SELECT coalesce(has_effective_permission(get_current_user_id(), p_permission, p_target_path, now()), false)
$$;

REVOKE ALL ON FUNCTION has_effective_permission(uuid, text, ltree, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION has_effective_permission(uuid, text, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION has_effective_permission(uuid, text, ltree, timestamptz) TO service_role;
GRANT EXECUTE ON FUNCTION has_effective_permission(uuid, text, text, timestamptz) TO service_role;
