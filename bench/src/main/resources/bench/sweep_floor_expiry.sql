-- The floor of the role expiry sweep: ONE statement appending user.role.expired for every role
-- window closed in its organization's local date as of :as_of, with the ids, payloads and stream
-- versions sweep_expire_roles() gives them, and no batches, no row locks.
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT roster_event_id(due.key, 0), 'user', due.user_id, due.version, 'user.role.expired',
       jsonb_build_object('user_id', due.user_id, 'role_id', due.role_id, 'org_id', due.org_id,
                          'role_valid_until', due.role_valid_until),
       jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', CAST(:as_of AS timestamptz),
                          'reason', 'role window closed', 'idempotency_key', due.key)
FROM (
    SELECT ur.user_id, ur.role_id, ur.org_id, ur.role_valid_until,
           'sweep/user.role.expired/' || ur.user_id || '/' || ur.role_id || '/'
               || coalesce(ur.org_id::text, 'global') || '/' || ur.role_valid_until AS key,
           row_number() OVER (PARTITION BY ur.user_id ORDER BY ur.role_id, ur.org_id)
               + (SELECT max(e.stream_version) FROM domain_events e
                  WHERE e.stream_type = 'user' AND e.stream_id = ur.user_id) AS version
    FROM user_roles_projection ur
    LEFT JOIN organizations_projection o ON o.id = ur.org_id
    WHERE ur.role_valid_until IS NOT NULL
      AND ur.expired_at IS NULL
      AND ur.role_valid_until < ((CAST(:as_of AS timestamptz) AT TIME ZONE 'UTC') + interval '14 hours')::date
      AND ur.role_valid_until < (CAST(:as_of AS timestamptz) AT TIME ZONE coalesce(o.timezone, 'UTC'))::date
) AS due
ORDER BY due.user_id, due.version
