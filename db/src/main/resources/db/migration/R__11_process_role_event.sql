-- process_role_event(event): applies role.* events to roles_projection and
-- role_permissions_projection.
-- Guarantees: applies exactly what the event says, timestamps from the event; a grant that
-- already exists is left as it is; revoking a grant that does not exist, or an unknown event
-- type, raises (fail closed).
CREATE OR REPLACE FUNCTION process_role_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d       jsonb := _event.event_data;
    _role_id uuid  := (_event.event_data ->> 'role_id')::uuid;
BEGIN
    CASE _event.event_type
        WHEN 'role.created' THEN
            INSERT INTO roles_projection (id, name, description, organization_id, created_at, updated_at, last_event_id)
            VALUES (_role_id, _d ->> 'name', _d ->> 'description', (_d ->> 'organization_id')::uuid,
                    _event.created_at, _event.created_at, _event.id);
        WHEN 'role.permission.granted' THEN
            INSERT INTO role_permissions_projection (role_id, permission_id, granted_at, last_event_id)
            VALUES (_role_id, (_d ->> 'permission_id')::uuid, _event.created_at, _event.id)
            ON CONFLICT ON CONSTRAINT role_permissions_projection_pkey DO NOTHING;
        WHEN 'role.permission.revoked' THEN
            DELETE FROM role_permissions_projection
            WHERE role_id = _role_id AND permission_id = (_d ->> 'permission_id')::uuid;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'role % has no permission % to revoke (event %)',
                    _role_id, _d ->> 'permission_id', _event.id
                    USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
            END IF;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
END;
$$;
