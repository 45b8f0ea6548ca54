-- sweep_expire_client_assignments(as_of, batch_size): appends user.client.unassigned with reason
-- 'expired' for up to batch_size active client assignments (000) whose assigned_until instant
-- is at or before as_of. Guarantees exactly once (event id from user, client and
-- assigned_until; the processor deactivates the row in the same transaction), disjoint
-- concurrent sweeps (FOR UPDATE SKIP LOCKED) and ordered user stream versions.
-- Returns the number of events appended.
CREATE OR REPLACE FUNCTION sweep_expire_client_assignments(p_as_of timestamptz, p_batch_size integer)
    RETURNS integer
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _count integer;
BEGIN
    WITH due AS (
        SELECT a.user_id, a.client_id, a.organization_id, a.assigned_until
        FROM user_client_assignments_projection a
        WHERE a.is_active AND a.assigned_until IS NOT NULL AND a.assigned_until <= p_as_of
        ORDER BY a.assigned_until, a.user_id, a.client_id
        LIMIT p_batch_size
        FOR UPDATE SKIP LOCKED
    ), numbered AS (
        SELECT due.*,
               'sweep/user.client.unassigned/' || user_id || '/' || client_id || '/'
                   || to_char(assigned_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS key,
               row_number() OVER (PARTITION BY user_id ORDER BY client_id) AS n
        FROM due
    )
    INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
    SELECT roster_event_id(key, 0), 'user', user_id,
           n + (SELECT coalesce(max(e.stream_version), 0) FROM domain_events e
                WHERE e.stream_type = 'user' AND e.stream_id = numbered.user_id),
           'user.client.unassigned',
           jsonb_build_object('user_id', user_id, 'client_id', client_id,
                              'organization_id', organization_id, 'reason', 'expired'),
           jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', p_as_of, 'reason', 'expired',
                              'idempotency_key', key)
    FROM numbered
    ORDER BY user_id, n
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS _count = ROW_COUNT;
    RETURN _count;
END;
$$;
