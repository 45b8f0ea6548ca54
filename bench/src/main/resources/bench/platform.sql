-- The platform data set of the sweeps, read path and rebuild scenarios, appended as events in
-- set-based INSERTs so that the real processors fill the projections (event ids are random: only
-- the sweeps' own events need ids derived from keys):
--   bench.organizations organizations in 12 time zones (UTC-10 to UTC+14), each with 5 facilities
--   and 2 programs per facility; bench.organizations * bench.users_per_organization users, each
--   with 5 role assignments (provider_admin, facility_admin, coordinator at the organization or a
--   facility, clinician at a program, peer_mentor at a facility), one primary unit assignment,
--   and for a quarter of them an access window.
-- Role windows, by assignment number a (0 .. 5 * users - 1) and D = bench.as_of_date (the sweeps
-- run as of D 12:00 UTC, when the local date is D from UTC-10 to UTC+11 and D + 1 at UTC+14):
--   a % 100 = 0        until D - 1 - (a / 100) % 20          due to expire          (1 %)
--   a % 100 = 1        from D - (a / 100) % 10               due to activate        (1 %)
--   a % 100 in 2..4    until D + 2 + (a / 100) % 12          one expiry notice due  (3 %)
--   a % 100 in 5..24   until D + 30 + a % 700                bounded, nothing due   (20 %)
--   a % 100 in 25..34  from D + 2 + a % 300, until + 365     starts later           (10 %)
--   otherwise          no window                                                    (65 %)
CREATE TEMP TABLE bench_org AS
SELECT n, uuid_v5('00000000-0000-0000-0000-0000000be001'::uuid, 'org' || n) AS id,
       (ARRAY['Pacific/Honolulu', 'America/Los_Angeles', 'America/Denver', 'America/Chicago',
              'America/New_York', 'America/Sao_Paulo', 'UTC', 'Europe/London', 'Europe/Berlin',
              'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Kiritimati'])[1 + (n - 1) % 12] AS timezone
FROM generate_series(1, current_setting('bench.organizations')::integer) AS n;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), 'organization', o.id, 1, 'organization.created',
       jsonb_build_object('organization_id', o.id, 'name', 'Bench ' || o.n, 'slug', 'bench-' || o.n,
                          'path', 'roster.org_' || replace(o.id::text, '-', ''), 'timezone', o.timezone,
                          'direct_care_settings', jsonb_build_object('enable_staff_client_mapping', false)),
       '{"source": "migration", "reason": "bench data"}'::jsonb
FROM bench_org o
ORDER BY o.n;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), 'organization_unit', uuid_v5(o.id, 'facility' || f), 1,
       'organization_unit.created',
       jsonb_build_object('unit_id', uuid_v5(o.id, 'facility' || f), 'organization_id', o.id, 'parent_unit_id', NULL,
                          'name', 'Facility ' || f, 'kind', 'facility',
                          'path', p.path::text || '.facility_' || replace(uuid_v5(o.id, 'facility' || f)::text, '-', '')),
       '{"source": "migration", "reason": "bench data"}'::jsonb
FROM bench_org o
JOIN organizations_projection p ON p.id = o.id
CROSS JOIN generate_series(1, 5) AS f
ORDER BY o.n, f;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), 'organization_unit', uuid_v5(u.id, 'program' || g), 1,
       'organization_unit.created',
       jsonb_build_object('unit_id', uuid_v5(u.id, 'program' || g), 'organization_id', u.organization_id,
                          'parent_unit_id', u.id, 'name', u.name || ' program ' || g, 'kind', 'program',
                          'path', u.path::text || '.program_' || replace(uuid_v5(u.id, 'program' || g)::text, '-', '')),
       '{"source": "migration", "reason": "bench data"}'::jsonb
FROM organization_units_projection u
CROSS JOIN generate_series(1, 2) AS g
WHERE u.kind = 'facility'
ORDER BY u.path, g;

CREATE TEMP TABLE bench_scope AS
SELECT o.id AS org_id, p.path AS org_path,
       ARRAY(SELECT u.path FROM organization_units_projection u
             WHERE u.organization_id = o.id AND u.kind = 'facility' ORDER BY u.path) AS facilities,
       ARRAY(SELECT u.id FROM organization_units_projection u
             WHERE u.organization_id = o.id AND u.kind = 'facility' ORDER BY u.path) AS facility_ids,
       ARRAY(SELECT u.path FROM organization_units_projection u
             WHERE u.organization_id = o.id AND u.kind = 'program' ORDER BY u.path) AS programs
FROM bench_org o
JOIN organizations_projection p ON p.id = o.id;

CREATE TEMP TABLE bench_user AS
SELECT g.n, uuid_v5('00000000-0000-0000-0000-0000000be002'::uuid, 'user' || g.n) AS id, o.id AS org_id
FROM generate_series(1, current_setting('bench.organizations')::integer
                        * current_setting('bench.users_per_organization')::integer) AS g (n)
JOIN bench_org o ON o.n = 1 + (g.n - 1) % current_setting('bench.organizations')::integer;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), 'user', bu.id, 1, 'user.created',
       jsonb_build_object('user_id', bu.id, 'email', 'bench' || bu.n || '@bench.test',
                          'first_name', 'Bench', 'last_name', 'User ' || bu.n),
       '{"source": "migration", "reason": "bench data"}'::jsonb
FROM bench_user bu
ORDER BY bu.n;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), 'user', bu.id, 1 + r.k, 'user.role.assigned',
       jsonb_build_object('user_id', bu.id, 'role_id', rp.id, 'role_name', rp.name, 'org_id', bu.org_id,
                          'scope_path', CASE r.k WHEN 1 THEN s.org_path::text
                                                 WHEN 2 THEN s.facilities[1 + (bu.n + r.k) % 5]::text
                                                 WHEN 3 THEN s.org_path::text
                                                 WHEN 4 THEN s.programs[1 + (bu.n + r.k) % 10]::text
                                                 ELSE s.facilities[1 + bu.n % 5]::text END,
                          'role_valid_from', w.valid_from, 'role_valid_until', w.valid_until),
       '{"source": "migration", "reason": "bench data"}'::jsonb
FROM bench_user bu
JOIN bench_scope s ON s.org_id = bu.org_id
CROSS JOIN LATERAL unnest(ARRAY['provider_admin', 'facility_admin', 'coordinator', 'clinician', 'peer_mentor'])
    WITH ORDINALITY AS r (name, k)
JOIN roles_projection rp ON rp.name = r.name AND rp.organization_id IS NULL
CROSS JOIN LATERAL (SELECT CAST((bu.n - 1) * 5 + (r.k - 1) AS integer) AS a,
                           current_setting('bench.as_of_date')::date AS d) AS x
CROSS JOIN LATERAL (
    SELECT CASE WHEN x.a % 100 = 1 THEN x.d - (x.a / 100) % 10
                WHEN x.a % 100 BETWEEN 25 AND 34 THEN x.d + 2 + x.a % 300 END AS valid_from,
           CASE WHEN x.a % 100 = 0 THEN x.d - 1 - (x.a / 100) % 20
                WHEN x.a % 100 BETWEEN 2 AND 4 THEN x.d + 2 + (x.a / 100) % 12
                WHEN x.a % 100 BETWEEN 5 AND 24 THEN x.d + 30 + x.a % 700
                WHEN x.a % 100 BETWEEN 25 AND 34 THEN x.d + 367 + x.a % 300 END AS valid_until) AS w
ORDER BY bu.n, r.k;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), 'user', bu.id, 7, 'user.org_unit.assigned',
       jsonb_build_object('assignment_id', uuid_v5(bu.id, 'unit'), 'user_id', bu.id,
                          'organization_unit_id', s.facility_ids[1 + bu.n % 5], 'organization_id', bu.org_id,
                          'is_primary', true, 'notes', NULL),
       '{"source": "migration", "reason": "bench data"}'::jsonb
FROM bench_user bu
JOIN bench_scope s ON s.org_id = bu.org_id
ORDER BY bu.n;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT gen_random_uuid(), 'user', bu.id, 8, 'user.access_dates.updated',
       jsonb_build_object('user_id', bu.id, 'org_id', bu.org_id,
                          'access_start_date', current_setting('bench.as_of_date')::date - 365,
                          'access_expiration_date', current_setting('bench.as_of_date')::date + 730),
       '{"source": "migration", "reason": "bench data"}'::jsonb
FROM bench_user bu
WHERE bu.n % 4 = 0
ORDER BY bu.n;

DROP TABLE bench_org, bench_scope, bench_user;
