-- process_user_role_event(event): applies user.role.* events to user_roles_projection (004).
-- Guarantees (timestamps from the event, never now()):
--   assigned       inserts the row, or for an existing (user, role, org) replaces scope and
--                  window; a changed role_valid_from clears activated_at, a changed
--                  role_valid_until clears expired_at and the notices already sent, so the
--                  sweeps treat the new window as new;
--   revoked        deletes the row (004: revoked roles are removed, not soft-deleted);
--   activated      records activated_at; expired records expired_at;
--   expiry_notice  records days_before in expiry_notice_days (once).
-- activated, expired and expiry_notice also put one row in notification_outbox (id = event id,
-- ON CONFLICT DO NOTHING, so a replay by rebuild_projections() adds nothing).
-- A target row that does not exist, or an unknown event type, raises (fail closed).
CREATE OR REPLACE FUNCTION process_user_role_event(_event domain_events)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _d       jsonb := _event.event_data;
    _user_id uuid  := (_event.event_data ->> 'user_id')::uuid;
    _role_id uuid  := (_event.event_data ->> 'role_id')::uuid;
    _org_id  uuid  := (_event.event_data ->> 'org_id')::uuid;
BEGIN
    CASE _event.event_type
        WHEN 'user.role.assigned' THEN
            INSERT INTO user_roles_projection AS ur (user_id, role_id, org_id, scope_path, assigned_at,
                                                     role_valid_from, role_valid_until, last_event_id)
            VALUES (_user_id, _role_id, _org_id, (_d ->> 'scope_path')::ltree, _event.created_at,
                    (_d ->> 'role_valid_from')::date, (_d ->> 'role_valid_until')::date, _event.id)
            ON CONFLICT ON CONSTRAINT user_roles_projection_user_id_role_id_org_id_key DO UPDATE
                SET scope_path         = excluded.scope_path,
                    role_valid_from    = excluded.role_valid_from,
                    role_valid_until   = excluded.role_valid_until,
                    activated_at       = CASE WHEN ur.role_valid_from IS NOT DISTINCT FROM excluded.role_valid_from
                                              THEN ur.activated_at END,
                    expired_at         = CASE WHEN ur.role_valid_until IS NOT DISTINCT FROM excluded.role_valid_until
                                              THEN ur.expired_at END,
                    expiry_notice_days = CASE WHEN ur.role_valid_until IS NOT DISTINCT FROM excluded.role_valid_until
                                              THEN ur.expiry_notice_days ELSE '{}' END,
                    last_event_id      = excluded.last_event_id;
            RETURN;
        WHEN 'user.role.revoked' THEN
            DELETE FROM user_roles_projection
            WHERE user_id = _user_id AND role_id = _role_id AND org_id IS NOT DISTINCT FROM _org_id;
        WHEN 'user.role.activated' THEN
            UPDATE user_roles_projection
            SET activated_at = _event.created_at, last_event_id = _event.id
            WHERE user_id = _user_id AND role_id = _role_id AND org_id IS NOT DISTINCT FROM _org_id;
        WHEN 'user.role.expired' THEN
            UPDATE user_roles_projection
            SET expired_at = _event.created_at, last_event_id = _event.id
            WHERE user_id = _user_id AND role_id = _role_id AND org_id IS NOT DISTINCT FROM _org_id;
        WHEN 'user.role.expiry_notice' THEN
            UPDATE user_roles_projection
            SET expiry_notice_days = CASE WHEN (_d ->> 'days_before')::integer = ANY (expiry_notice_days)
                                          THEN expiry_notice_days
                                          ELSE expiry_notice_days || (_d ->> 'days_before')::integer END,
                last_event_id      = _event.id
            WHERE user_id = _user_id AND role_id = _role_id AND org_id IS NOT DISTINCT FROM _org_id;
        ELSE
            RAISE EXCEPTION 'unknown event type % (event %)', _event.event_type, _event.id
                USING ERRCODE = '22023', DETAIL = 'unknown_event_type';
    END CASE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'user % holds no role % in organization % (event % %)',
            _user_id, _role_id, coalesce(_org_id::text, 'global'), _event.event_type, _event.id
            USING ERRCODE = 'P0002', DETAIL = 'projection_row_missing';
    END IF;
    IF _event.event_type IN ('user.role.activated', 'user.role.expired', 'user.role.expiry_notice') THEN
        INSERT INTO notification_outbox (id, recipient_user_id, kind, role_id, role_name, organization_id,
                                         role_valid_from, role_valid_until, days_before, created_at)
        SELECT _event.id, _user_id,
               CASE _event.event_type WHEN 'user.role.activated' THEN 'role_activated'
                                      WHEN 'user.role.expired' THEN 'role_expired'
                                      ELSE 'role_expiry_notice' END,
               _role_id, r.name, _org_id, ur.role_valid_from, ur.role_valid_until,
               (_d ->> 'days_before')::integer, _event.created_at
        FROM user_roles_projection ur JOIN roles_projection r ON r.id = ur.role_id
        WHERE ur.user_id = _user_id AND ur.role_id = _role_id AND ur.org_id IS NOT DISTINCT FROM _org_id
        ON CONFLICT (id) DO NOTHING;
    END IF;
END;
$$;
