-- get_roles_pending_start(org, as_of): 004's "Find Roles with Future Start Dates" for one
-- organization, in its local date.
-- Guarantees: every role assignment of p_org_id (p_org_id NULL: the global assignments, in
-- UTC) whose role_valid_from is after today (organization_local_date(p_org_id, p_as_of));
-- days_until_active = role_valid_from - today (1 for tomorrow); ordered by role_valid_from,
-- email, role name. A range on role_valid_from, so idx_user_roles_pending_start serves it.
-- SECURITY INVOKER: the caller's row-level security applies; the service (table owner) sees all.
CREATE OR REPLACE FUNCTION get_roles_pending_start(p_org_id uuid, p_as_of timestamptz DEFAULT now())
    RETURNS TABLE (
        user_id           uuid,
        email             text,
        role_id           uuid,
        role_name         text,
        org_id            uuid,
        org_name          text,
        scope_path        ltree,
        role_valid_from   date,
        days_until_active integer
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
    SELECT ur.user_id, u.email, ur.role_id, r.name, ur.org_id, o.name, ur.scope_path, ur.role_valid_from,
           ur.role_valid_from - _today
    FROM user_roles_projection ur
    JOIN roles_projection r ON r.id = ur.role_id
    LEFT JOIN users u ON u.id = ur.user_id
    LEFT JOIN organizations_projection o ON o.id = ur.org_id
    WHERE ur.role_valid_from IS NOT NULL
      AND ur.role_valid_from > _today
      AND (ur.org_id = p_org_id OR (p_org_id IS NULL AND ur.org_id IS NULL))
    ORDER BY ur.role_valid_from, u.email, r.name;
END;
$$;
