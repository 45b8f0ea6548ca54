-- organization_local_date(org, as_of): the date it is in an organization at the instant as_of,
-- (as_of AT TIME ZONE organizations_projection.timezone)::date (DESIGN.md §5).
-- Guarantees: UTC for a NULL organization (platform-wide roles) and for an unknown one; NULL for
-- a NULL as_of. SECURITY DEFINER (search_path pinned): a time zone is no secret, and the
-- read functions that run under the caller's row-level security must not get a different date
-- because the caller cannot see the organization row.
CREATE OR REPLACE FUNCTION organization_local_date(p_org_id uuid, p_as_of timestamptz)
    RETURNS date
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
    SELECT (p_as_of AT TIME ZONE coalesce((SELECT o.timezone FROM organizations_projection o WHERE o.id = p_org_id),
                                          'UTC'))::date
$$;
