-- api.list_schedule_template_users(template, active_only): the users assigned to a schedule
-- template (001), with their name and email.
-- Guarantees: rows of p_template_id only; with p_active_only (default) only is_active
-- assignments; ordered by last name, first name, then id.
-- SECURITY INVOKER: the caller's row-level security applies (its current organization's rows);
-- a user the caller may not see keeps the row with NULL name and email.
CREATE OR REPLACE FUNCTION api.list_schedule_template_users(p_template_id uuid, p_active_only boolean DEFAULT true)
    RETURNS TABLE (
        id                   uuid,
        schedule_template_id uuid,
        user_id              uuid,
        user_name            text,
        user_email           text,
        organization_id      uuid,
        effective_from       date,
        effective_until      date,
        is_active            boolean,
        created_at           timestamptz,
        updated_at           timestamptz
    )
    LANGUAGE sql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
    SELECT sa.id, sa.schedule_template_id, sa.user_id, nullif(concat_ws(' ', u.first_name, u.last_name), ''),
           u.email, sa.organization_id, sa.effective_from, sa.effective_until, sa.is_active, sa.created_at,
           sa.updated_at
    FROM schedule_user_assignments_projection sa
    LEFT JOIN users u ON u.id = sa.user_id
    WHERE sa.schedule_template_id = p_template_id
      AND (NOT p_active_only OR sa.is_active)
    ORDER BY u.last_name, u.first_name, sa.id
$$;
