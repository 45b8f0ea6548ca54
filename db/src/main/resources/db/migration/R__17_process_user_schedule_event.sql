-- process_user_schedule_event(event): applies user.schedule.* events to
-- user_schedule_policies_projection (002).
-- Guarantees (timestamps and created_by from the event):
--   created      inserts the policy with id schedule_id. The key (user, organization, unit) is
--                unique with NULLS NOT DISTINCT (one org-wide schedule, one per unit): when the
--                key's existing row is inactive it is replaced in place by the new policy; when
--                it is active the event is refused with unique_violation on
--                user_schedule_policies_unique;
--   updated      replaces schedule, unit and effective range of the policy. Moving it onto a
--                key whose row is inactive replaces that row (as created does: the inactive
--                row gives way); onto a key with an active row it is refused with
--                unique_violation on user_schedule_policies_unique;
--   deactivated  sets is_active = false.
-- A missing policy (or one of another user or organization than the event names), or an
-- unknown event type, raises (fail closed).
CREATE OR REPLACE FUNCTION process_user_schedule_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d  jsonb := _event.event_data;
    _id uuid  := (_event.event_data ->> 'schedule_id')::uuid;
BEGIN
    CASE _event.event_type
        WHEN 'user.schedule.created' THEN
            INSERT INTO user_schedule_policies_projection AS p (id, user_id, organization_id, schedule, org_unit_id,
                                                                effective_from, effective_until, is_active,
                                                                created_at, updated_at, created_by, last_event_id)
            VALUES (_id, (_d ->> 'user_id')::uuid, (_d ->> 'organization_id')::uuid, _d -> 'schedule',
                    (_d ->> 'org_unit_id')::uuid, (_d ->> 'effective_from')::date, (_d ->> 'effective_until')::date,
                    true, _event.created_at, _event.created_at, (_event.event_metadata ->> 'user_id')::uuid, _event.id)
            ON CONFLICT ON CONSTRAINT user_schedule_policies_unique DO UPDATE
                SET id              = excluded.id,
                    schedule        = excluded.schedule,
                    effective_from  = excluded.effective_from,
                    effective_until = excluded.effective_until,
                    is_active       = true,
                    created_at      = excluded.created_at,
                    updated_at      = excluded.updated_at,
                    created_by      = excluded.created_by,
                    last_event_id   = excluded.last_event_id
                WHERE NOT p.is_active;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'user % already has an active schedule in organization % for unit % (event %)',
                    _d ->> 'user_id', _d ->> 'organization_id', coalesce(_d ->> 'org_unit_id', 'none'), _event.id
                    USING ERRCODE = '23505', CONSTRAINT = 'user_schedule_policies_unique',
                          DETAIL = 'user_schedule_policies_unique';
            END IF;
        WHEN 'user.schedule.updated' THEN
            DELETE FROM user_schedule_policies_projection o
            WHERE o.user_id = (_d ->> 'user_id')::uuid
              AND o.organization_id = (_d ->> 'organization_id')::uuid
              AND o.org_unit_id IS NOT DISTINCT FROM (_d ->> 'org_unit_id')::uuid
              AND o.id <> _id
              AND NOT o.is_active;
            UPDATE user_schedule_policies_projection
            SET schedule        = _d -> 'schedule',
                org_unit_id     = (_d ->> 'org_unit_id')::uuid,
                effective_from  = (_d ->> 'effective_from')::date,
                effective_until = (_d ->> 'effective_until')::date,
                updated_at      = _event.created_at,
                last_event_id   = _event.id
            WHERE id = _id AND user_id = (_d ->> 'user_id')::uuid
              AND organization_id = (_d ->> 'organization_id')::uuid;
        WHEN 'user.schedule.deactivated' THEN
            UPDATE user_schedule_policies_projection
            SET is_active = false, updated_at = _event.created_at, last_event_id = _event.id
            WHERE id = _id AND user_id = (_d ->> 'user_id')::uuid
              AND organization_id = (_d ->> 'organization_id')::uuid;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'schedule % of user % does not exist (event % %)', _id, _d ->> 'user_id',
            _event.event_type, _event.id
            USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
    END IF;
END;
$$;
