-- The floor of the activation sweep: ONE statement appending user.role.activated for every role
-- window opened in its organization's local date as of :as_of (and not already closed), with the
-- ids, payloads and stream versions sweep_activate_roles() gives them, no batches, no row locks.
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT roster_event_id(due.key, 0), 'user', due.user_id, due.version, 'user.role.activated',
       jsonb_build_object('user_id', due.user_id, 'role_id', due.role_id, 'org_id', due.org_id,
                          'role_valid_from', due.role_valid_from),
       jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', CAST(:as_of AS timestamptz),
                          'reason', 'role window opened', 'idempotency_key', due.key)
FROM (
    SELECT ur.user_id, ur.role_id, ur.org_id, ur.role_valid_from,
           'sweep/user.role.activated/' || ur.user_id || '/' || ur.role_id || '/'
               || coalesce(ur.org_id::text, 'global') || '/' || ur.role_valid_from AS key,
           row_number() OVER (PARTITION BY ur.user_id ORDER BY ur.role_id, ur.org_id)
               + (SELECT max(e.stream_version) FROM domain_events e
                  WHERE e.stream_type = 'user' AND e.stream_id = ur.user_id) AS version
    FROM user_roles_projection ur
    LEFT JOIN organizations_projection o ON o.id = ur.org_id
    CROSS JOIN LATERAL (SELECT (CAST(:as_of AS timestamptz) AT TIME ZONE coalesce(o.timezone, 'UTC'))::date AS today) AS t
    WHERE ur.role_valid_from IS NOT NULL
      AND ur.activated_at IS NULL
      AND ur.expired_at IS NULL
      AND ur.role_valid_from <= ((CAST(:as_of AS timestamptz) AT TIME ZONE 'UTC') + interval '14 hours')::date
      AND ur.role_valid_from <= t.today
      AND (ur.role_valid_until IS NULL OR ur.role_valid_until >= t.today)
) AS due
ORDER BY due.user_id, due.version
