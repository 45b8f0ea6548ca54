-- process_permission_event(event): applies permission.* events to permissions_projection.
-- Guarantees: applies exactly what the event says, with timestamps from the event; raises on
-- an event type it does not know, so the insert of that event rolls back (fail closed).
CREATE OR REPLACE FUNCTION process_permission_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d jsonb := _event.event_data;
BEGIN
    CASE _event.event_type
        WHEN 'permission.defined' THEN
            INSERT INTO permissions_projection (id, name, description, created_at, last_event_id)
            VALUES ((_d ->> 'permission_id')::uuid, _d ->> 'name', _d ->> 'description',
                    _event.created_at, _event.id);
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
END;
$$;
