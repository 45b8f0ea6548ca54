-- sweep_expiry_notices(as_of, batch_size): appends user.role.expiry_notice for up to batch_size
-- role assignments that have reached a step of their organization's notice ladder
-- (organizations_projection.notice_days, default {14,7,1}; global roles use the default).
-- The step due is the smallest ladder step d with (role_valid_until - today) <= d, "today"
-- being the organization's local date at as_of; it is emitted once (expiry_notice_days records
-- it) and only while the window is still open (today <= role_valid_until). A role assigned
-- 3 days before its end gets the 7-day notice, then the 1-day one, never a late 14-day one.
-- Guarantees exactly once (event id from user, role, org, until and step), disjoint concurrent
-- sweeps and ordered stream versions as sweep_expire_roles() does.
-- The due rows are taken in (role_valid_until, user_id, role_id, org_id) order. A window stays in
-- the index range after its notice (it is still open), so a sweep of many batches passes the key
-- of the last row it took to the next batch (p_after_*, all NULL for the first), which starts
-- after it: each batch reads its own rows, not every row noticed before it again. Rows skipped
-- because another sweep holds them are that sweep's to notice.
-- Returns the number of events appended and the key of the last row taken (NULL when none).
CREATE OR REPLACE FUNCTION sweep_expiry_notices(p_as_of timestamptz, p_batch_size integer,
                                                p_after_until date, p_after_user uuid, p_after_role uuid,
                                                p_after_org uuid,
                                                OUT appended integer, OUT last_until date, OUT last_user uuid,
                                                OUT last_role uuid, OUT last_org uuid)
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    -- the longest ladder anywhere: a window ending later than that after the latest "today" on
    -- earth has no step due, so the index range ends there (global roles use {14,7,1})
    _max_step integer := greatest(14, (SELECT max(d) FROM organizations_projection, unnest(notice_days) AS d));
    _global   uuid    := '00000000-0000-0000-0000-000000000000';
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
          AND (p_after_until IS NULL
               OR (ur.role_valid_until, ur.user_id, ur.role_id, coalesce(ur.org_id, _global))
                  > (p_after_until, p_after_user, p_after_role, coalesce(p_after_org, _global)))
          AND r.remaining >= 0
          AND step.days_before IS NOT NULL
          AND NOT (step.days_before = ANY (ur.expiry_notice_days))
        ORDER BY ur.role_valid_until, ur.user_id, ur.role_id, coalesce(ur.org_id, _global)
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
    ), last_taken AS (
        SELECT d.role_valid_until, d.user_id, d.role_id, d.org_id
        FROM due d
        ORDER BY d.role_valid_until DESC, d.user_id DESC, d.role_id DESC, coalesce(d.org_id, _global) DESC
        LIMIT 1
    )
    SELECT (SELECT count(*) FROM inserted), l.role_valid_until, l.user_id, l.role_id, l.org_id
    INTO appended, last_until, last_user, last_role, last_org
    FROM (SELECT 1) AS one
    LEFT JOIN last_taken l ON true;
END;
$$;

-- sweep_expiry_notices(as_of, batch_size): one batch from the start of the due rows.
-- Guarantees: exactly the events of the first batch above; returns their number.
CREATE OR REPLACE FUNCTION sweep_expiry_notices(p_as_of timestamptz, p_batch_size integer)
    RETURNS integer
    LANGUAGE sql
    VOLATILE
AS $$
    SELECT s.appended FROM sweep_expiry_notices(p_as_of, p_batch_size, NULL, NULL, NULL, NULL) AS s
$$;
