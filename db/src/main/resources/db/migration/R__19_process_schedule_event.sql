-- process_schedule_event(event): applies schedule.* events to schedule_templates_projection and
-- schedule_user_assignments_projection (001).
-- Guarantees (timestamps and created_by from the event):
--   created / updated           insert / replace the template's name, unit and weekly schedule;
--   deactivated / reactivated   toggle is_active;
--   deleted                     deletes the template; its assignments go with it (ON DELETE CASCADE);
--   user_assigned               one row per (template, user): a new pair gets the event id as row
--                               id, an existing one is reactivated in place with the new range;
--   user_unassigned             deactivates the active assignment;
-- and after every assignment change assigned_user_count equals the number of active
-- assignments of the template. It is kept by adding the change (+1 for an assignment that was not
-- active, -1 for an unassignment) rather than counted again, which would make the n-th assignment
-- of a template cost n: exact because a template's assignment events are one stream, applied one
-- after another (a version is appended only on top of the committed one before it). A missing
-- target, or an unknown event type, raises.
CREATE OR REPLACE FUNCTION process_schedule_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d           jsonb := _event.event_data;
    _template_id uuid  := (_event.event_data ->> 'template_id')::uuid;
    _org_id      uuid  := (_event.event_data ->> 'organization_id')::uuid;
    _was_active  boolean;
    _delta       integer;
BEGIN
    CASE _event.event_type
        WHEN 'schedule.created' THEN
            INSERT INTO schedule_templates_projection (id, organization_id, org_unit_id, schedule_name, schedule,
                                                       created_by, created_at, updated_at, last_event_id)
            VALUES (_template_id, _org_id, (_d ->> 'org_unit_id')::uuid, _d ->> 'schedule_name', _d -> 'schedule',
                    (_event.event_metadata ->> 'user_id')::uuid, _event.created_at, _event.created_at, _event.id);
            RETURN;
        WHEN 'schedule.updated' THEN
            UPDATE schedule_templates_projection
            SET schedule_name = _d ->> 'schedule_name', org_unit_id = (_d ->> 'org_unit_id')::uuid,
                schedule = _d -> 'schedule', updated_at = _event.created_at, last_event_id = _event.id
            WHERE id = _template_id AND organization_id = _org_id;
        WHEN 'schedule.deactivated', 'schedule.reactivated' THEN
            UPDATE schedule_templates_projection
            SET is_active = (_event.event_type = 'schedule.reactivated'),
                updated_at = _event.created_at, last_event_id = _event.id
            WHERE id = _template_id AND organization_id = _org_id;
        WHEN 'schedule.deleted' THEN
            DELETE FROM schedule_templates_projection WHERE id = _template_id AND organization_id = _org_id;
        WHEN 'schedule.user_assigned', 'schedule.user_unassigned' THEN
            IF _event.event_type = 'schedule.user_assigned' THEN
                SELECT a.is_active INTO _was_active
                FROM schedule_user_assignments_projection a
                WHERE a.schedule_template_id = _template_id AND a.user_id = (_d ->> 'user_id')::uuid;
                _delta := CASE WHEN _was_active THEN 0 ELSE 1 END;
                INSERT INTO schedule_user_assignments_projection AS a (id, schedule_template_id, user_id, organization_id,
                                                                       effective_from, effective_until, is_active,
                                                                       created_at, updated_at, last_event_id)
                VALUES (_event.id, _template_id, (_d ->> 'user_id')::uuid, _org_id, (_d ->> 'effective_from')::date,
                        (_d ->> 'effective_until')::date, true, _event.created_at, _event.created_at, _event.id)
                ON CONFLICT ON CONSTRAINT schedule_user_assignments_unique DO UPDATE
                    SET effective_from  = excluded.effective_from,
                        effective_until = excluded.effective_until,
                        is_active       = true,
                        updated_at      = excluded.updated_at,
                        last_event_id   = excluded.last_event_id;
            ELSE
                UPDATE schedule_user_assignments_projection
                SET is_active = false, updated_at = _event.created_at, last_event_id = _event.id
                WHERE schedule_template_id = _template_id AND user_id = (_d ->> 'user_id')::uuid AND is_active;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'user % is not assigned to schedule template % (event %)',
                        _d ->> 'user_id', _template_id, _event.id
                        USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
                END IF;
                _delta := -1;
            END IF;
            UPDATE schedule_templates_projection t
            SET assigned_user_count = t.assigned_user_count + _delta,
                updated_at = _event.created_at, last_event_id = _event.id
            WHERE t.id = _template_id AND t.organization_id = _org_id;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'schedule template % of organization % does not exist (event % %)',
            _template_id, _org_id, _event.event_type, _event.id
            USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
    END IF;
END;
$$;
