-- Baseline (a) of the onboarding scenario, the floor: every event the members of a stored
-- onboarding request produce, appended by ONE INSERT with no validation, no authorization, no
-- idempotency bookkeeping and no round trip per member. The trigger and the processors still run,
-- so the projections come out as the commands would leave them. Per member, in the order and with
-- the stream versions the commands use: user.created, user.role.assigned per role,
-- user.org_unit.assigned per unit (the primary first), schedule.user_assigned (the template's
-- stream), user.client.assigned per client.
WITH m AS (
    SELECT r.member_index AS i, r.member AS j, r.organization_id AS org_id, r.actor_id,
           uuid_v5(CAST(:namespace AS uuid), r.request_id || '/' || r.member_index) AS user_id
    FROM onboarding_requests r
    WHERE r.organization_id = :org AND r.request_id = :request
),
member_events AS (
    SELECT m.i, 0 AS seq, 'user' AS stream_type, m.user_id AS stream_id, 'user.created' AS event_type,
           jsonb_build_object('user_id', m.user_id, 'email', lower(m.j ->> 'email'),
                              'first_name', m.j ->> 'first_name', 'last_name', m.j ->> 'last_name') AS data,
           m.actor_id
    FROM m
    UNION ALL
    SELECT m.i, ro.n, 'user', m.user_id, 'user.role.assigned',
           jsonb_build_object('user_id', m.user_id, 'role_id', rp.id, 'role_name', rp.name, 'org_id', m.org_id,
                              'scope_path', coalesce(ro.e ->> 'scope_path', o.path::text),
                              'role_valid_from', ro.e -> 'role_valid_from',
                              'role_valid_until', ro.e -> 'role_valid_until'),
           m.actor_id
    FROM m
    JOIN organizations_projection o ON o.id = m.org_id
    CROSS JOIN LATERAL jsonb_array_elements(m.j -> 'roles') WITH ORDINALITY AS ro (e, n)
    JOIN roles_projection rp ON rp.name = ro.e ->> 'role_name' AND rp.organization_id IS NULL
    UNION ALL
    SELECT m.i, 10 + u.n, 'user', m.user_id, 'user.org_unit.assigned',
           jsonb_build_object('assignment_id', uuid_v5(m.user_id, 'unit/' || (u.e ->> 'organization_unit_id')),
                              'user_id', m.user_id, 'organization_unit_id', u.e -> 'organization_unit_id',
                              'organization_id', m.org_id, 'is_primary', u.n = 1, 'notes', NULL),
           m.actor_id
    FROM m
    CROSS JOIN LATERAL (
        SELECT x.e, row_number() OVER (ORDER BY coalesce((x.e ->> 'is_primary')::boolean, false) DESC, x.o) AS n
        FROM jsonb_array_elements(m.j -> 'org_units') WITH ORDINALITY AS x (e, o)) AS u
    UNION ALL
    SELECT m.i, 20, 'schedule', CAST(m.j -> 'schedule' ->> 'template_id' AS uuid), 'schedule.user_assigned',
           jsonb_build_object('template_id', m.j -> 'schedule' -> 'template_id', 'user_id', m.user_id,
                              'organization_id', m.org_id, 'effective_from', m.j -> 'schedule' -> 'effective_from',
                              'effective_until', m.j -> 'schedule' -> 'effective_until'),
           m.actor_id
    FROM m
    WHERE jsonb_typeof(m.j -> 'schedule') = 'object'
    UNION ALL
    SELECT m.i, 30 + c.n, 'user', m.user_id, 'user.client.assigned',
           jsonb_build_object('user_id', m.user_id, 'client_id', c.e, 'organization_id', m.org_id,
                              'assigned_until', NULL, 'notes', NULL),
           m.actor_id
    FROM m
    CROSS JOIN LATERAL jsonb_array_elements_text(m.j -> 'client_ids') WITH ORDINALITY AS c (e, n)
),
versioned AS (
    SELECT e.*,
           row_number() OVER (PARTITION BY e.stream_type, e.stream_id ORDER BY e.i, e.seq)
               + (SELECT coalesce(max(d.stream_version), 0) FROM domain_events d
                  WHERE d.stream_type = e.stream_type AND d.stream_id = e.stream_id) AS version
    FROM member_events e
)
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), v.stream_type, v.stream_id, v.version, v.event_type, v.data,
       jsonb_build_object('user_id', v.actor_id, 'source', 'workflow', 'reason', 'onboarding floor')
FROM versioned v
ORDER BY v.i, v.seq
