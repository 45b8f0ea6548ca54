-- get_roles_expiring_within(org, days, as_of): 004's "Find Roles Expiring Within N Days" for
-- one organization, in its local date.
-- Guarantees: every role assignment of p_org_id (p_org_id NULL: the global assignments, in
-- UTC) whose role_valid_until lies in [today, today + p_days], today being
-- organization_local_date(p_org_id, p_as_of); days_remaining = role_valid_until - today (0 on
-- the last day); ordered by role_valid_until, email, role name. Only the role's own window is
-- read (as 004's query does), not the access window. A range on role_valid_until, so
-- idx_user_roles_expiring serves it.
-- SECURITY INVOKER: the caller's row-level security applies; the service (table owner) sees all.
CREATE OR REPLACE FUNCTION get_roles_expiring_within(p_org_id uuid, p_days integer,
                                                     p_as_of timestamptz DEFAULT now())
    RETURNS TABLE (
        user_id          uuid,
        email            text,
        role_id          uuid,
        role_name        text,
        org_id           uuid,
        org_name         text,
        scope_path       ltree,
        role_valid_until date,
        days_remaining   integer
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
    SELECT ur.user_id, u.email, ur.role_id, r.name, ur.org_id, o.name, ur.scope_path, ur.role_valid_until,
           ur.role_valid_until - _today
    FROM user_roles_projection ur
    JOIN roles_projection r ON r.id = ur.role_id
    LEFT JOIN users u ON u.id = ur.user_id
    LEFT JOIN organizations_projection o ON o.id = ur.org_id
    WHERE ur.role_valid_until IS NOT NULL
      AND ur.role_valid_until BETWEEN _today AND _today + p_days
      AND (ur.org_id = p_org_id OR (p_org_id IS NULL AND ur.org_id IS NULL))
    ORDER BY ur.role_valid_until, u.email, r.name;
END;
$$;
