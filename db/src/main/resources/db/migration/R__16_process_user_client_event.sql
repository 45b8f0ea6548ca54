-- process_user_client_event(event): applies user.client.* events to
-- user_client_assignments_projection (000).
-- Guarantees: assigned is an upsert on user_client_assignments_unique: a new pair gets the
-- event's id as its row id, an existing pair (active or not) is reactivated in place with the
-- same id and the new organization, expiry and notes; unassigned deactivates the active
-- assignment. Timestamps and assigned_by (the actor) come from the event. A missing
-- assignment, or an unknown event type, raises (fail closed).
CREATE OR REPLACE FUNCTION process_user_client_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d jsonb := _event.event_data;
BEGIN
    CASE _event.event_type
        WHEN 'user.client.assigned' THEN
            INSERT INTO user_client_assignments_projection AS a (id, user_id, client_id, organization_id, assigned_at,
                                                                 assigned_until, is_active, assigned_by, notes,
                                                                 created_at, updated_at, last_event_id)
            VALUES (_event.id, (_d ->> 'user_id')::uuid, (_d ->> 'client_id')::uuid, (_d ->> 'organization_id')::uuid,
                    _event.created_at, (_d ->> 'assigned_until')::timestamptz, true,
                    (_event.event_metadata ->> 'user_id')::uuid, _d ->> 'notes',
                    _event.created_at, _event.created_at, _event.id)
            ON CONFLICT ON CONSTRAINT user_client_assignments_unique DO UPDATE
                SET organization_id = excluded.organization_id,
                    assigned_at     = excluded.assigned_at,
                    assigned_until  = excluded.assigned_until,
                    is_active       = true,
                    assigned_by     = excluded.assigned_by,
                    notes           = excluded.notes,
                    updated_at      = excluded.updated_at,
                    last_event_id   = excluded.last_event_id;
        WHEN 'user.client.unassigned' THEN
            UPDATE user_client_assignments_projection
            SET is_active = false, updated_at = _event.created_at, last_event_id = _event.id
            WHERE user_id = (_d ->> 'user_id')::uuid
              AND client_id = (_d ->> 'client_id')::uuid
              AND organization_id = (_d ->> 'organization_id')::uuid
              AND is_active;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'client % is not on the caseload of user % in organization % (event %)',
                    _d ->> 'client_id', _d ->> 'user_id', _d ->> 'organization_id', _event.id
                    USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
            END IF;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
END;
$$;
