-- sweep_activate_roles(as_of, batch_size): appends user.role.activated for up to batch_size role
-- assignments whose window has opened: role_valid_from is on or before "today" in the role's
-- organization's timezone (UTC for global roles) at as_of, no activation is recorded for that
-- role_valid_from, and the window has not already closed (not expired, until not passed).
-- Guarantees exactly once, disjoint concurrent sweeps, ordered stream versions and an indexed
-- search (idx_user_roles_due_activation, rows taken in its order) as sweep_expire_roles() does.
-- Returns the number of events appended.
CREATE OR REPLACE FUNCTION sweep_activate_roles(p_as_of timestamptz, p_batch_size integer)
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
        SELECT ur.user_id, ur.role_id, ur.org_id, ur.role_valid_from
        FROM user_roles_projection ur
        LEFT JOIN organizations_projection o ON o.id = ur.org_id
        WHERE ur.role_valid_from IS NOT NULL
          AND ur.activated_at IS NULL
          AND ur.expired_at IS NULL
          AND ur.role_valid_from <= ((p_as_of AT TIME ZONE 'UTC') + interval '14 hours')::date
          AND ur.role_valid_from <= (p_as_of AT TIME ZONE coalesce(o.timezone, 'UTC'))::date
          AND (ur.role_valid_until IS NULL
               OR ur.role_valid_until >= (p_as_of AT TIME ZONE coalesce(o.timezone, 'UTC'))::date)
        ORDER BY ur.role_valid_from
        LIMIT p_batch_size
        FOR UPDATE OF ur SKIP LOCKED
    ), numbered AS (
        SELECT due.*,
               'sweep/user.role.activated/' || user_id || '/' || role_id || '/'
                   || coalesce(org_id::text, 'global') || '/' || role_valid_from AS key,
               row_number() OVER (PARTITION BY user_id ORDER BY role_id, org_id) AS n
        FROM due
    )
    INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
    SELECT roster_event_id(key, 0), 'user', user_id,
           n + (SELECT coalesce(max(e.stream_version), 0) FROM domain_events e
                WHERE e.stream_type = 'user' AND e.stream_id = numbered.user_id),
           'user.role.activated',
           jsonb_build_object('user_id', user_id, 'role_id', role_id, 'org_id', org_id,
                              'role_valid_from', role_valid_from),
           jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', p_as_of, 'reason', 'role window opened',
                              'idempotency_key', key)
    FROM numbered
    ORDER BY user_id, n
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS _count = ROW_COUNT;
    RETURN _count;
END;
$$;
