-- is_role_active(from, until, on_date): whether a window of dates contains on_date (004).
-- Guarantees: both bounds are inclusive (active when from <= on_date <= until); a NULL bound
-- is open (NULL from = active from the start, NULL until = never expires); a NULL on_date is
-- never active. Pure: the same answer for the same dates, so it inlines into every query.
-- Used for role windows (role_valid_from / role_valid_until) and for org access windows
-- (access_start_date / access_expiration_date) alike.
CREATE OR REPLACE FUNCTION is_role_active(p_role_valid_from date, p_role_valid_until date, p_on_date date)
    RETURNS boolean
    LANGUAGE sql
    IMMUTABLE PARALLEL SAFE
AS $$
    SELECT p_on_date IS NOT NULL
       AND (p_role_valid_from IS NULL OR p_role_valid_from <= p_on_date)
       AND (p_role_valid_until IS NULL OR p_role_valid_until >= p_on_date)
$$;

-- is_role_active(from, until): 004's two-argument form, on CURRENT_DATE.
-- Guarantees: is_role_active(from, until, CURRENT_DATE). CURRENT_DATE is the date in the
-- session's TimeZone setting, not in any organization's: a question about an organization's
-- role asks with the three-argument form and (as_of AT TIME ZONE timezone)::date, as
-- get_user_active_roles() does.
CREATE OR REPLACE FUNCTION is_role_active(p_role_valid_from date, p_role_valid_until date)
    RETURNS boolean
    LANGUAGE sql
    STABLE PARALLEL SAFE
AS $$
    SELECT is_role_active(p_role_valid_from, p_role_valid_until, CURRENT_DATE)
$$;
