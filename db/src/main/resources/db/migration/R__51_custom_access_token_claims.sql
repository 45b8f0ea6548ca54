-- custom_access_token_claims(user, org, as_of): the JWT claims of a user at the instant as_of
-- (004 "Populate JWT Custom Claims", DESIGN.md §6), as one jsonb object:
--   sub                    the user id
--   email                  users.email (null for a user Roster does not know)
--   org_id                 the organization of the token (see below); null for a global context
--   role, scope_path       the token's primary role: among the roles active in that context,
--                          global first, then the most recently assigned (004's hook order);
--                          null when none is active. scope_path is null for a global role
--   permissions            sorted distinct names granted by every role active in the context
--   effective_permissions  [{"p": permission, "s": scope}] sorted by p, s: for each permission
--                          the widest scopes it is granted at: a scope is left out when another
--                          grant of the same permission contains it, so usually one entry per
--                          permission, two for grants at sibling scopes. A grant through a
--                          global role (org_id NULL) reaches every path and is written "*"
--                          (not null, so that a missing scope is never mistaken for "everywhere")
--   unit_ids               the organization units of the user's ACTIVE unit assignments in the
--                          organization (003), oldest assignment first; [] without one
--   primary_unit_id        the unit of the active primary assignment, or null
--   access_blocked,        present only when the user's access window in the organization
--   access_blocked_reason  (user_org_access) has not started ("access_not_started") or has
--                          ended ("access_expired") on the organization's local date at as_of
-- Guarantees:
--   * "active" is get_user_active_roles() at as_of, so a token never carries a role or a
--     permission that has_effective_permission() at the same instant would refuse;
--   * the context is p_org_id's roles plus the global roles; when p_org_id is NULL the
--     organization is chosen deterministically as 004's hook does: the user's active roles,
--     global first, then the most recently assigned (ties: organization id, role name); when no
--     role is active, the same order over all the user's assignments, so a user whose access
--     has ended still gets their organization and access_blocked. A global choice means
--     org_id null, and the context is the global roles only;
--   * the same arguments give the same claims (every list has a fixed order);
--   * one statement and one call of get_user_active_roles() per call (the organization is chosen
--     from the same active roles the claims are built from), plan cached per session.
-- SECURITY DEFINER (search_path pinned), executable by service_role (and the auth hook) only:
-- it answers for any user.
CREATE OR REPLACE FUNCTION custom_access_token_claims(p_user_id uuid, p_org_id uuid DEFAULT NULL,
                                                      p_as_of timestamptz DEFAULT now())
    RETURNS jsonb
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
DECLARE
    _org_id      uuid;
    _email       text;
    _role        text;
    _scope_path  ltree;
    _permissions jsonb;
    _effective   jsonb;
    _unit_ids    jsonb;
    _primary     uuid;
    _today       date;
    _start       date;
    _expiration  date;
    _claims      jsonb;
BEGIN
    -- One statement, one call of get_user_active_roles(): the organization is chosen from the
    -- active roles the claims are then built from.
    WITH all_active AS MATERIALIZED (
        SELECT a.* FROM get_user_active_roles(p_user_id, NULL, p_as_of) a
    ),
    chosen AS (
        SELECT CASE
                   WHEN p_org_id IS NOT NULL THEN p_org_id
                   WHEN EXISTS (SELECT 1 FROM all_active) THEN
                       (SELECT a.organization_id FROM all_active a
                        ORDER BY a.organization_id IS NULL DESC, a.assigned_at DESC, a.organization_id, a.role_name
                        LIMIT 1)
                   ELSE
                       (SELECT ur.org_id
                        FROM user_roles_projection ur
                        JOIN roles_projection r ON r.id = ur.role_id
                        WHERE ur.user_id = p_user_id
                        ORDER BY ur.org_id IS NULL DESC, ur.assigned_at DESC, ur.org_id, r.name
                        LIMIT 1)
               END AS org_id
    ),
    active AS (
        SELECT a.*
        FROM all_active a, chosen c
        WHERE a.organization_id IS NULL OR a.organization_id = c.org_id
    ),
    primary_role AS (
        SELECT a.role_name, a.scope_path
        FROM active a
        ORDER BY a.organization_id IS NULL DESC, a.assigned_at DESC, a.role_name
        LIMIT 1
    ),
    grants AS (
        SELECT DISTINCT p.name AS permission, a.organization_id IS NULL AS global,
                        CASE WHEN a.organization_id IS NOT NULL THEN a.scope_path END AS scope
        FROM active a
        JOIN role_permissions_projection rp ON rp.role_id = a.role_id
        JOIN permissions_projection p ON p.id = rp.permission_id
    ),
    widest AS (
        SELECT g.*
        FROM grants g
        WHERE NOT EXISTS (
            SELECT 1 FROM grants w
            WHERE w.permission = g.permission
              AND ((w.global AND NOT g.global)
                   OR (NOT w.global AND NOT g.global AND w.scope @> g.scope AND w.scope <> g.scope)))
    )
    SELECT c.org_id,
           (SELECT u.email FROM users u WHERE u.id = p_user_id),
           (SELECT pr.role_name FROM primary_role pr),
           (SELECT pr.scope_path FROM primary_role pr),
           (SELECT coalesce(jsonb_agg(DISTINCT g.permission ORDER BY g.permission), '[]'::jsonb) FROM grants g),
           (SELECT coalesce(jsonb_agg(jsonb_build_object('p', w.permission,
                                                         's', CASE WHEN w.global THEN '*' ELSE w.scope::text END)
                                      ORDER BY w.permission, w.global DESC, w.scope::text), '[]'::jsonb)
            FROM widest w),
           units.unit_ids,
           units.primary_unit_id,
           (p_as_of AT TIME ZONE o.timezone)::date,
           acc.access_start_date,
           acc.access_expiration_date
    INTO _org_id, _email, _role, _scope_path, _permissions, _effective, _unit_ids, _primary,
         _today, _start, _expiration
    FROM chosen c
    CROSS JOIN LATERAL (
        SELECT coalesce(jsonb_agg(ua.organization_unit_id ORDER BY ua.assigned_at, ua.id), '[]'::jsonb) AS unit_ids,
               (array_agg(ua.organization_unit_id) FILTER (WHERE ua.is_primary))[1] AS primary_unit_id
        FROM user_org_unit_assignments_projection ua
        WHERE ua.user_id = p_user_id AND ua.organization_id = c.org_id AND ua.status = 'active'
    ) AS units
    LEFT JOIN organizations_projection o ON o.id = c.org_id
    LEFT JOIN user_org_access acc ON acc.user_id = p_user_id AND acc.org_id = c.org_id;

    _claims := jsonb_build_object(
        'sub', p_user_id,
        'email', _email,
        'org_id', _org_id,
        'role', _role,
        'scope_path', _scope_path::text,
        'permissions', _permissions,
        'effective_permissions', _effective,
        'unit_ids', _unit_ids,
        'primary_unit_id', _primary);

    IF _start > _today THEN
        _claims := _claims || jsonb_build_object('access_blocked', true, 'access_blocked_reason', 'access_not_started');
    ELSIF _expiration < _today THEN
        _claims := _claims || jsonb_build_object('access_blocked', true, 'access_blocked_reason', 'access_expired');
    END IF;
    RETURN _claims;
END;
$$;

REVOKE ALL ON FUNCTION custom_access_token_claims(uuid, uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION custom_access_token_claims(uuid, uuid, timestamptz) TO service_role;
