-- process_user_org_unit_event(event): applies user.org_unit.* events to
-- user_org_unit_assignments_projection (003).
-- Guarantees (timestamps from the event; assigned_by / deactivated_by are the event's actor):
--   assigned         inserts the assignment as given (is_primary included);
--   deactivated      sets an active assignment inactive, is_primary false, deactivated_at and
--                    deactivated_by;
--   reactivated      sets an inactive assignment active (not primary), clearing the deactivation;
--   primary_changed  demotes every other active primary of the user in the organization, then
--                    promotes assignment_id, which must be an active assignment of that user.
-- The partial unique index still refuses two active primaries, so an event stream that
-- forgets to demote fails instead of corrupting the invariant. A missing assignment, one not in
-- the state its event changes (deactivating an inactive one would overwrite the recorded
-- deactivation; reactivating an active one would silently demote a primary), or an unknown
-- event type, raises (fail closed).
CREATE OR REPLACE FUNCTION process_user_org_unit_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d       jsonb := _event.event_data;
    _id      uuid  := (_event.event_data ->> 'assignment_id')::uuid;
    _user_id uuid  := (_event.event_data ->> 'user_id')::uuid;
    _org_id  uuid  := (_event.event_data ->> 'organization_id')::uuid;
    _actor   uuid  := (_event.event_metadata ->> 'user_id')::uuid;
BEGIN
    CASE _event.event_type
        WHEN 'user.org_unit.assigned' THEN
            INSERT INTO user_org_unit_assignments_projection (id, user_id, organization_unit_id, organization_id,
                                                              is_primary, assigned_at, assigned_by, status, notes,
                                                              updated_at, last_event_id)
            VALUES (_id, _user_id, (_d ->> 'organization_unit_id')::uuid, _org_id,
                    (_d ->> 'is_primary')::boolean, _event.created_at, _actor, 'active', _d ->> 'notes',
                    _event.created_at, _event.id);
            RETURN;
        WHEN 'user.org_unit.deactivated' THEN
            UPDATE user_org_unit_assignments_projection
            SET status = 'inactive', is_primary = false, deactivated_at = _event.created_at,
                deactivated_by = _actor, updated_at = _event.created_at, last_event_id = _event.id
            WHERE id = _id AND user_id = _user_id AND organization_id = _org_id AND status = 'active';
        WHEN 'user.org_unit.reactivated' THEN
            UPDATE user_org_unit_assignments_projection
            SET status = 'active', is_primary = false, deactivated_at = NULL, deactivated_by = NULL,
                updated_at = _event.created_at, last_event_id = _event.id
            WHERE id = _id AND user_id = _user_id AND organization_id = _org_id AND status = 'inactive';
        WHEN 'user.org_unit.primary_changed' THEN
            UPDATE user_org_unit_assignments_projection
            SET is_primary = false, updated_at = _event.created_at, last_event_id = _event.id
            WHERE user_id = _user_id AND organization_id = _org_id AND is_primary AND id <> _id;
            UPDATE user_org_unit_assignments_projection
            SET is_primary = true, updated_at = _event.created_at, last_event_id = _event.id
            WHERE id = _id AND user_id = _user_id AND organization_id = _org_id AND status = 'active';
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'user % has no % unit assignment % in organization % (event % %)',
            _user_id, CASE WHEN _event.event_type = 'user.org_unit.reactivated' THEN 'inactive' ELSE 'active' END,
            _id, _org_id, _event.event_type, _event.id
            USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
    END IF;
END;
$$;
