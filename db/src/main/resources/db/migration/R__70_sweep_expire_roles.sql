-- sweep_expire_roles(as_of, batch_size): appends user.role.expired for up to batch_size role
-- assignments whose window has closed: role_valid_until is before "today" in the timezone of
-- the role's organization (UTC for global roles) at as_of, and no expiry is recorded yet.
-- Guarantees:
--   * exactly once: the event id derives from (user, role, org, role_valid_until), the row is
--     locked FOR UPDATE SKIP LOCKED so two concurrent sweeps take disjoint rows, and the
--     processor records expired_at in the same transaction, so the row is not due again;
--   * stream versions follow each user's stream (several events for one user are numbered in
--     order); a command appending to the same user concurrently makes the batch fail with a
--     unique violation, and the retried batch decides afresh;
--   * the due rows are found through idx_user_roles_due_expiry: the bound on role_valid_until
--     is "today" at UTC+14, the latest date anywhere; they are taken in the index's order, so a
--     batch reads its own rows and stops (an expired row leaves the partial index), instead of
--     sorting every due row again in every batch.
-- Returns the number of events appended (less than batch_size: nothing more is due).
CREATE OR REPLACE FUNCTION sweep_expire_roles(p_as_of timestamptz, p_batch_size integer)
    RETURNS integer
    LANGUAGE plpgsql
    VOLATILE
    -- Read the due rows in the index's order and stop after the batch, instead of reading and
    -- sorting the whole range again in every batch: the planner cannot know how many rows of the
    -- range are due (that takes each organization's local date), so left to itself it sorts.
    SET enable_sort = off
AS $$
DECLARE
    _count integer;
BEGIN
    WITH due AS (
        SELECT ur.user_id, ur.role_id, ur.org_id, ur.role_valid_until
        FROM user_roles_projection ur
        LEFT JOIN organizations_projection o ON o.id = ur.org_id
        WHERE ur.role_valid_until IS NOT NULL
          AND ur.expired_at IS NULL
          AND ur.role_valid_until < ((p_as_of AT TIME ZONE 'UTC') + interval '14 hours')::date
          AND ur.role_valid_until < (p_as_of AT TIME ZONE coalesce(o.timezone, 'UTC'))::date
        ORDER BY ur.role_valid_until
        LIMIT p_batch_size
        FOR UPDATE OF ur SKIP LOCKED
    ), numbered AS (
        SELECT due.*,
               'sweep/user.role.expired/' || user_id || '/' || role_id || '/'
                   || coalesce(org_id::text, 'global') || '/' || role_valid_until AS key,
               row_number() OVER (PARTITION BY user_id ORDER BY role_id, org_id) AS n
        FROM due
    )
    INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
    SELECT roster_event_id(key, 0), 'user', user_id,
           n + (SELECT coalesce(max(e.stream_version), 0) FROM domain_events e
                WHERE e.stream_type = 'user' AND e.stream_id = numbered.user_id),
           'user.role.expired',
           jsonb_build_object('user_id', user_id, 'role_id', role_id, 'org_id', org_id,
                              'role_valid_until', role_valid_until),
           jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', p_as_of, 'reason', 'role window closed',
                              'idempotency_key', key)
    FROM numbered
    ORDER BY user_id, n
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS _count = ROW_COUNT;
    RETURN _count;
END;
$$;
