-- apply_domain_event(event): routes one stored event to the processor of its domain.
-- Guarantees: every event type of the catalogue (DESIGN.md §3) reaches exactly one processor;
-- an event whose payload names another aggregate than its stream (user_id of a 'user' stream,
-- template_id of a 'schedule' stream, ...) or whose type no processor knows raises, so the
-- caller's transaction rolls back. Used by the insert trigger and by rebuild_projections(),
-- so live projections and rebuilt ones come from the same code.
CREATE OR REPLACE FUNCTION apply_domain_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _stream_key text := CASE _event.stream_type
                            WHEN 'user' THEN 'user_id'
                            WHEN 'schedule' THEN 'template_id'
                            WHEN 'organization' THEN 'organization_id'
                            WHEN 'organization_unit' THEN 'unit_id'
                            WHEN 'role' THEN 'role_id'
                            WHEN 'permission' THEN 'permission_id'
                        END;
BEGIN
    IF (_event.event_data ->> _stream_key)::uuid IS DISTINCT FROM _event.stream_id THEN
        RAISE EXCEPTION 'event % (%) names % % but belongs to % stream %', _event.id, _event.event_type,
            _stream_key, coalesce(_event.event_data ->> _stream_key, 'null'), _event.stream_type, _event.stream_id
            USING ERRCODE = '22023', DETAIL = 'stream_id_mismatch';
    END IF;

    CASE _event.stream_type
        WHEN 'permission' THEN PERFORM process_permission_event(_event);
        WHEN 'role' THEN PERFORM process_role_event(_event);
        WHEN 'organization' THEN PERFORM process_organization_event(_event);
        WHEN 'organization_unit' THEN PERFORM process_organization_unit_event(_event);
        WHEN 'schedule' THEN PERFORM process_schedule_event(_event);
        WHEN 'user' THEN
            CASE split_part(_event.event_type, '.', 2)
                WHEN 'role' THEN PERFORM process_user_role_event(_event);
                WHEN 'client' THEN PERFORM process_user_client_event(_event);
                WHEN 'schedule' THEN PERFORM process_user_schedule_event(_event);
                WHEN 'org_unit' THEN PERFORM process_user_org_unit_event(_event);
                ELSE PERFORM process_user_event(_event);
            END CASE;
    END CASE;
END;
$$;
