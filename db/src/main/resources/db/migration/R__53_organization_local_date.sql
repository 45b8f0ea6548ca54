-- organization_local_date(org, as_of): the date it is in an organization at the instant as_of,
-- (as_of AT TIME ZONE organizations_projection.timezone)::date (DESIGN.md §5).
-- Guarantees: UTC for a NULL organization (platform-wide roles) and for an unknown one; NULL for
-- a NULL as_of. SECURITY INVOKER (search_path pinned): the time zone is read with the caller's
-- row-level security, so an organization a request may not see is answered like an unknown one
-- (UTC): its time zone is not a request's to know. The read functions that call it show a
-- request only rows of organizations it may see, whose zone it gets (but for its own role in an
-- organization it cannot see, which is dated in UTC); the service sees all.
CREATE OR REPLACE FUNCTION organization_local_date(p_org_id uuid, p_as_of timestamptz)
    RETURNS date
    LANGUAGE sql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
    SELECT (p_as_of AT TIME ZONE coalesce((SELECT o.timezone FROM organizations_projection o WHERE o.id = p_org_id),
                                          'UTC'))::date
$$;
