-- api.list_user_schedules(org, user, org_unit, active_only): an organization's per-user weekly
-- schedules (002), with the staff member's name and email and the unit's name.
-- Guarantees: rows of p_org_id only, narrowed to p_user_id and / or p_org_unit_id when given;
-- with p_active_only (default) only is_active rows; ordered by staff last name, first name,
-- unit name (organization-wide schedules first), then id.
-- SECURITY INVOKER: the caller's row-level security applies (its current organization's rows);
-- a staff member or unit the caller may not see keeps the row with NULL names.
CREATE OR REPLACE FUNCTION api.list_user_schedules(p_org_id uuid, p_user_id uuid DEFAULT NULL,
                                                   p_org_unit_id uuid DEFAULT NULL,
                                                   p_active_only boolean DEFAULT true)
    RETURNS TABLE (
        id              uuid,
        user_id         uuid,
        user_name       text,
        user_email      text,
        organization_id uuid,
        org_unit_id     uuid,
        org_unit_name   text,
        schedule        jsonb,
        effective_from  date,
        effective_until date,
        is_active       boolean,
        created_by      uuid,
        created_at      timestamptz,
        updated_at      timestamptz
    )
    LANGUAGE sql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
    SELECT sp.id, sp.user_id, nullif(concat_ws(' ', u.first_name, u.last_name), ''), u.email, sp.organization_id,
           sp.org_unit_id, ou.name, sp.schedule, sp.effective_from, sp.effective_until, sp.is_active,
           sp.created_by, sp.created_at, sp.updated_at
    FROM user_schedule_policies_projection sp
    LEFT JOIN users u ON u.id = sp.user_id
    LEFT JOIN organization_units_projection ou ON ou.id = sp.org_unit_id
    WHERE sp.organization_id = p_org_id
      AND (p_user_id IS NULL OR sp.user_id = p_user_id)
      AND (p_org_unit_id IS NULL OR sp.org_unit_id = p_org_unit_id)
      AND (NOT p_active_only OR sp.is_active)
    ORDER BY u.last_name, u.first_name, ou.name NULLS FIRST, sp.id
$$;
