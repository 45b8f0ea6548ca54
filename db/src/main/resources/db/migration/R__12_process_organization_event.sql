-- process_organization_event(event): applies organization.* events to organizations_projection.
-- Guarantees: applies exactly what the event says, timestamps from the event.
-- organization.settings.updated changes only the settings its payload carries:
-- direct_care_settings is merged key by key, timezone, max_active_unit_assignments and
-- notice_days are replaced when present. Unknown organization or event type raises.
CREATE OR REPLACE FUNCTION process_organization_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d      jsonb := _event.event_data;
    _org_id uuid  := (_event.event_data ->> 'organization_id')::uuid;
BEGIN
    CASE _event.event_type
        WHEN 'organization.created' THEN
            INSERT INTO organizations_projection (id, name, slug, parent_organization_id, path, timezone,
                                                  direct_care_settings, created_at, updated_at, last_event_id)
            VALUES (_org_id, _d ->> 'name', _d ->> 'slug', (_d ->> 'parent_organization_id')::uuid,
                    (_d ->> 'path')::ltree, coalesce(_d ->> 'timezone', 'UTC'),
                    '{"enable_staff_client_mapping": false}'::jsonb
                        || coalesce(nullif(_d -> 'direct_care_settings', 'null'::jsonb), '{}'::jsonb),
                    _event.created_at, _event.created_at, _event.id);
        WHEN 'organization.settings.updated' THEN
            UPDATE organizations_projection o
            SET direct_care_settings        = o.direct_care_settings
                                              || coalesce(nullif(_d -> 'direct_care_settings', 'null'::jsonb), '{}'::jsonb),
                timezone                    = coalesce(_d ->> 'timezone', o.timezone),
                max_active_unit_assignments = coalesce((_d ->> 'max_active_unit_assignments')::integer,
                                                       o.max_active_unit_assignments),
                notice_days                 = CASE WHEN jsonb_typeof(_d -> 'notice_days') = 'array'
                                                   THEN ARRAY(SELECT jsonb_array_elements_text(_d -> 'notice_days')::integer)
                                                   ELSE o.notice_days END,
                updated_at                  = _event.created_at,
                last_event_id               = _event.id
            WHERE o.id = _org_id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'organization % does not exist (event %)', _org_id, _event.id
                    USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
            END IF;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
END;
$$;
