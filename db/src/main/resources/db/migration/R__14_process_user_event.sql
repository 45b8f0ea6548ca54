-- process_user_event(event): applies user.created and user.access_dates.updated to users and
-- user_org_access.
-- Guarantees: timestamps from the event; access dates are a full replacement of the window
-- (null clears a bound); unknown event types raise (fail closed).
CREATE OR REPLACE FUNCTION process_user_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d jsonb := _event.event_data;
BEGIN
    CASE _event.event_type
        WHEN 'user.created' THEN
            INSERT INTO users (id, email, first_name, last_name, created_at, updated_at, last_event_id)
            VALUES ((_d ->> 'user_id')::uuid, _d ->> 'email', _d ->> 'first_name', _d ->> 'last_name',
                    _event.created_at, _event.created_at, _event.id);
        WHEN 'user.access_dates.updated' THEN
            INSERT INTO user_org_access AS a (user_id, org_id, access_start_date, access_expiration_date,
                                              created_at, updated_at, last_event_id)
            VALUES ((_d ->> 'user_id')::uuid, (_d ->> 'org_id')::uuid, (_d ->> 'access_start_date')::date,
                    (_d ->> 'access_expiration_date')::date, _event.created_at, _event.created_at, _event.id)
            ON CONFLICT ON CONSTRAINT user_org_access_pkey DO UPDATE
                SET access_start_date      = excluded.access_start_date,
                    access_expiration_date = excluded.access_expiration_date,
                    updated_at             = excluded.updated_at,
                    last_event_id          = excluded.last_event_id;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
END;
$$;
