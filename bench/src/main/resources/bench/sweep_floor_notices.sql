-- The floor of the expiry notices: ONE statement appending user.role.expiry_notice for every role
-- window that has reached a step of its organization's notice ladder as of :as_of (the smallest
-- step d with until - today <= d, not yet sent, window still open), with the ids, payloads and
-- stream versions sweep_expiry_notices() gives them, no batches, no row locks. The windows looked
-- at end within the longest ladder of any organization.
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT roster_event_id(due.key, 0), 'user', due.user_id, due.version, 'user.role.expiry_notice',
       jsonb_build_object('user_id', due.user_id, 'role_id', due.role_id, 'org_id', due.org_id,
                          'role_valid_until', due.role_valid_until, 'days_before', due.days_before),
       jsonb_build_object('user_id', NULL, 'source', 'sweep', 'as_of', CAST(:as_of AS timestamptz),
                          'reason', 'role window closing', 'idempotency_key', due.key)
FROM (
    SELECT ur.user_id, ur.role_id, ur.org_id, ur.role_valid_until, step.days_before,
           'sweep/user.role.expiry_notice/' || ur.user_id || '/' || ur.role_id || '/'
               || coalesce(ur.org_id::text, 'global') || '/' || ur.role_valid_until || '/' || step.days_before AS key,
           row_number() OVER (PARTITION BY ur.user_id ORDER BY ur.role_id, ur.org_id)
               + (SELECT max(e.stream_version) FROM domain_events e
                  WHERE e.stream_type = 'user' AND e.stream_id = ur.user_id) AS version
    FROM user_roles_projection ur
    LEFT JOIN organizations_projection o ON o.id = ur.org_id
    CROSS JOIN LATERAL (
        SELECT ur.role_valid_until - (CAST(:as_of AS timestamptz) AT TIME ZONE coalesce(o.timezone, 'UTC'))::date AS remaining
    ) AS r
    CROSS JOIN LATERAL (
        SELECT min(d) AS days_before
        FROM unnest(coalesce(o.notice_days, '{14,7,1}'::integer[])) AS d
        WHERE d >= r.remaining
    ) AS step
    WHERE ur.role_valid_until IS NOT NULL
      AND ur.expired_at IS NULL
      AND ur.role_valid_until >= ((CAST(:as_of AS timestamptz) AT TIME ZONE 'UTC') - interval '12 hours')::date
      AND ur.role_valid_until <= ((CAST(:as_of AS timestamptz) AT TIME ZONE 'UTC') + interval '14 hours')::date
                                 + (SELECT coalesce(max(d), 14) FROM organizations_projection, unnest(notice_days) AS d)
      AND r.remaining >= 0
      AND step.days_before IS NOT NULL
      AND NOT (step.days_before = ANY (ur.expiry_notice_days))
) AS due
ORDER BY due.user_id, due.version
