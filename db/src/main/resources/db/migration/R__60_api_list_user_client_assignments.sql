-- api.list_user_client_assignments(org, user, client, active_only): an organization's caseload
-- assignments (000), with the staff member's name and email.
-- Guarantees: rows of p_org_id only, narrowed to p_user_id and / or p_client_id when given;
-- with p_active_only (default) only is_active rows (the expiry sweep deactivates an assignment
-- whose assigned_until has passed); ordered by staff last name, first name, then assigned_at.
-- SECURITY INVOKER: the caller's row-level security applies, so a request only ever lists rows
-- its policies show (its current organization's); a staff member the caller may not see keeps
-- the row with NULL name and email.
CREATE OR REPLACE FUNCTION api.list_user_client_assignments(p_org_id uuid, p_user_id uuid DEFAULT NULL,
                                                            p_client_id uuid DEFAULT NULL,
                                                            p_active_only boolean DEFAULT true)
    RETURNS TABLE (
        id              uuid,
        user_id         uuid,
        user_name       text,
        user_email      text,
        client_id       uuid,
        organization_id uuid,
        assigned_at     timestamptz,
        assigned_until  timestamptz,
        is_active       boolean,
        assigned_by     uuid,
        notes           text,
        created_at      timestamptz,
        updated_at      timestamptz
    )
    LANGUAGE sql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
    SELECT ca.id, ca.user_id, nullif(concat_ws(' ', u.first_name, u.last_name), ''), u.email, ca.client_id,
           ca.organization_id, ca.assigned_at, ca.assigned_until, ca.is_active, ca.assigned_by, ca.notes,
           ca.created_at, ca.updated_at
    FROM user_client_assignments_projection ca
    LEFT JOIN users u ON u.id = ca.user_id
    WHERE ca.organization_id = p_org_id
      AND (p_user_id IS NULL OR ca.user_id = p_user_id)
      AND (p_client_id IS NULL OR ca.client_id = p_client_id)
      AND (NOT p_active_only OR ca.is_active)
    ORDER BY u.last_name, u.first_name, ca.assigned_at, ca.id
$$;
