-- process_organization_unit_event(event): applies organization_unit.* events to
-- organization_units_projection.
-- Guarantees: timestamps from the event; a new unit's path is exactly one label below its
-- parent's path (the parent unit, else the organization), so no event can place a unit
-- outside its organization's tree; deactivation and reactivation of an unknown unit, or an
-- unknown event type, raise (fail closed).
CREATE OR REPLACE FUNCTION process_organization_unit_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d           jsonb := _event.event_data;
    _unit_id     uuid  := (_event.event_data ->> 'unit_id')::uuid;
    _path        ltree;
    _parent_path ltree;
BEGIN
    CASE _event.event_type
        WHEN 'organization_unit.created' THEN
            _path := (_d ->> 'path')::ltree;
            IF _d ->> 'parent_unit_id' IS NULL THEN
                SELECT path INTO _parent_path FROM organizations_projection
                WHERE id = (_d ->> 'organization_id')::uuid;
            ELSE
                SELECT path INTO _parent_path FROM organization_units_projection
                WHERE id = (_d ->> 'parent_unit_id')::uuid
                  AND organization_id = (_d ->> 'organization_id')::uuid;
            END IF;
            IF _parent_path IS NULL OR nlevel(_path) <> nlevel(_parent_path) + 1 OR NOT _parent_path @> _path THEN
                RAISE EXCEPTION 'unit % path % is not one level below its parent (%) in organization % (event %)',
                    _unit_id, _path, coalesce(_parent_path::text, 'missing'), _d ->> 'organization_id', _event.id
                    USING ERRCODE = '23514', DETAIL = 'unit_path_inconsistent';
            END IF;
            INSERT INTO organization_units_projection (id, organization_id, parent_unit_id, name, kind, path,
                                                       created_at, updated_at, last_event_id)
            VALUES (_unit_id, (_d ->> 'organization_id')::uuid, (_d ->> 'parent_unit_id')::uuid,
                    _d ->> 'name', _d ->> 'kind', _path, _event.created_at, _event.created_at, _event.id);
        WHEN 'organization_unit.deactivated', 'organization_unit.reactivated' THEN
            UPDATE organization_units_projection
            SET is_active     = (_event.event_type = 'organization_unit.reactivated'),
                updated_at    = _event.created_at,
                last_event_id = _event.id
            WHERE id = _unit_id AND organization_id = (_d ->> 'organization_id')::uuid;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'unit % of organization % does not exist (event %)',
                    _unit_id, _d ->> 'organization_id', _event.id
                    USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
            END IF;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
END;
$$;
