-- sweep_expiry_notices(as_of, batch_size): appends user.role.expiry_notice for up to batch_size
-- role assignments that have reached a step of their organization's notice ladder
-- (organizations_projection.notice_days, default {14,7,1}; global roles use the default).
-- The step due is the smallest ladder step d with (role_valid_until - today) <= d, "today"
-- being the organization's local date at as_of; it is emitted once (expiry_notice_days records
-- it) and only while the window is still open (today <= role_valid_until). A role assigned
-- 3 days before its end gets the 7-day notice, then the 1-day one, never a late 14-day one.
-- Guarantees exactly once (event id from user, role, org, until and step), disjoint concurrent
-- sweeps and ordered stream versions as sweep_expire_roles() does.
-- The due rows are taken in the order of idx_user_roles_due_expiry (role_valid_until). A window
-- stays in that index after its notice (it is still open), so a sweep of many batches passes the
-- role_valid_until of the last row it took to the next batch (p_after_until, NULL for the first),
-- which starts at that date: each batch reads its own rows and those of one date again (their
-- notices recorded, they are not due), not every row noticed before it. A row skipped because
-- another sweep holds it is that sweep's to notice.
-- Returns the number of events appended and the role_valid_until of the last row taken (NULL
-- when none).
CREATE OR REPLACE FUNCTION sweep_expiry_notices(p_as_of timestamptz, p_batch_size integer, p_after_until date,
                                                OUT appended integer, OUT last_until date)
    LANGUAGE plpgsql
    VOLATILE
    -- Read the due rows in the index's order and stop after the batch, instead of reading and
    -- sorting the whole range again in every batch: the planner cannot know how many rows of the
    -- range are due (that takes each organization's local date), so left to itself it sorts.
    SET enable_sort = off
AS $$
DECLARE
    -- the longest ladder anywhere: a window ending later than that after the latest "today" on
    -- earth has no step due, so the index range ends there (global roles use {14,7,1})
    _max_step integer := greatest(14, (SELECT max(d) FROM organizations_projection, unnest(notice_days) AS d));
BEGIN
    WITH due AS (
        SELECT ur.user_id, ur.role_id, ur.org_id, ur.role_valid_until, step.days_before
        FROM user_roles_projection ur
        LEFT JOIN organizations_projection o ON o.id = ur.org_id
        CROSS JOIN LATERAL (
            SELECT ur.role_valid_until - (p_as_of AT TIME ZONE coalesce(o.timezone, 'UTC'))::date AS remaining
        ) r
        CROSS JOIN LATERAL (
            SELECT min(d) AS days_before
            FROM unnest(coalesce(o.notice_days, '{14,7,1}'::integer[])) AS d
            WHERE d >= r.remaining
        ) step
        WHERE ur.role_valid_until IS NOT NULL
          AND ur.expired_at IS NULL
          AND ur.role_valid_until >= greatest(((p_as_of AT TIME ZONE 'UTC') - interval '12 hours')::date,
                                              p_after_until)
          AND ur.role_valid_until <= ((p_as_of AT TIME ZONE 'UTC') + interval '14 hours')::date + _max_step
          AND r.remaining >= 0
          AND step.days_before IS NOT NULL
          AND NOT (step.days_before = ANY (ur.expiry_notice_days))
        ORDER BY ur.role_valid_until
        LIMIT p_batch_size
        FOR UPDATE OF ur SKIP LOCKED
    ), numbered AS (
        SELECT due.*,
               'sweep/user.role.expiry_notice/' || user_id || '/' || role_id || '/'
                   || coalesce(org_id::text, 'global') || '/' || role_valid_until || '/' || days_before AS key,
               row_number() OVER (PARTITION BY user_id ORDER BY role_id, org_id) AS n
        FROM due
    ), inserted AS (
        INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
        SELECT roster_event_id(key, 0), 'user', user_id,
               n + (SELECT coalesce(max(e.stream_version), 0) FROM domain_events e
                    WHERE e.stream_type = 'user' AND e.stream_id = numbered.user_id),
               'user.role.expiry_notice',
               jsonb_build_object('user_id', user_id, 'role_id', role_id, 'org_id', org_id,
                                  'role_valid_until', role_valid_until, 'days_before', days_before),
               jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', p_as_of, 'reason', 'role window closing',
                                  'idempotency_key', key)
        FROM numbered
        ORDER BY user_id, n
        ON CONFLICT (id) DO NOTHING
        RETURNING 1
    )
    SELECT (SELECT count(*) FROM inserted), (SELECT max(d.role_valid_until) FROM due d)
    INTO appended, last_until;
END;
$$;

-- sweep_expiry_notices(as_of, batch_size): one batch from the start of the due rows.
-- Guarantees: exactly the events of the first batch above; returns their number.
CREATE OR REPLACE FUNCTION sweep_expiry_notices(p_as_of timestamptz, p_batch_size integer)
    RETURNS integer
    LANGUAGE sql
    VOLATILE
AS $$
    SELECT s.appended FROM sweep_expiry_notices(p_as_of, p_batch_size, NULL) AS s
$$;
