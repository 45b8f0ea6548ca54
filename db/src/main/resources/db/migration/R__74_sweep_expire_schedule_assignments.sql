-- sweep_expire_schedule_assignments(as_of, batch_size): appends schedule.user_unassigned with
-- reason 'expired' for up to batch_size active schedule user assignments (001) whose
-- effective_until is before "today" in their organization's timezone at as_of. The events live
-- in the template's stream. Guarantees exactly once (event id from template, user and
-- effective_until), disjoint concurrent sweeps (FOR UPDATE SKIP LOCKED) and ordered template
-- stream versions. Returns the number of events appended.
CREATE OR REPLACE FUNCTION sweep_expire_schedule_assignments(p_as_of timestamptz, p_batch_size integer)
    RETURNS integer
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _count integer;
BEGIN
    WITH due AS (
        SELECT a.schedule_template_id, a.user_id, a.organization_id, a.effective_until
        FROM schedule_user_assignments_projection a
        JOIN organizations_projection o ON o.id = a.organization_id
        WHERE a.is_active
          AND a.effective_until IS NOT NULL
          AND a.effective_until < (p_as_of AT TIME ZONE o.timezone)::date
        ORDER BY a.effective_until, a.schedule_template_id, a.user_id
        LIMIT p_batch_size
        FOR UPDATE OF a SKIP LOCKED
    ), numbered AS (
        SELECT due.*,
               'sweep/schedule.user_unassigned/' || schedule_template_id || '/' || user_id || '/'
                   || effective_until AS key,
               row_number() OVER (PARTITION BY schedule_template_id ORDER BY user_id) AS n
        FROM due
    )
    INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
    SELECT roster_event_id(key, 0), 'schedule', schedule_template_id,
           n + (SELECT coalesce(max(e.stream_version), 0) FROM domain_events e
                WHERE e.stream_type = 'schedule' AND e.stream_id = numbered.schedule_template_id),
           'schedule.user_unassigned',
           jsonb_build_object('template_id', schedule_template_id, 'user_id', user_id,
                              'organization_id', organization_id, 'reason', 'expired'),
           jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', p_as_of, 'reason', 'expired',
                              'idempotency_key', key)
    FROM numbered
    ORDER BY schedule_template_id, n
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS _count = ROW_COUNT;
    RETURN _count;
END;
$$;
