-- Measurement data: 20 organizations with 5 facilities and 2 programs per facility, 20,000 users
-- with 5 role assignments each (100,000), every one appended as an event in set-based INSERTs
-- so that the real processors fill the projections. Windows vary: a third of the roles are
-- bounded, a quarter of the users have an org access window.
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
SELECT gen_random_uuid(), 'organization', o.id, 1, 'organization.created',
       jsonb_build_object('organization_id', o.id, 'name', 'Measure ' || o.n, 'slug', 'measure-' || o.n,
                          'path', 'roster.org_' || replace(o.id::text, '-', ''),
                          'timezone',
                          (ARRAY['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Oslo'])[1 + o.n % 4])
FROM (SELECT n, uuid_v5('00000000-0000-0000-0000-00000000a001'::uuid, 'org' || n) AS id
      FROM generate_series(1, 20) AS n) AS o;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
SELECT gen_random_uuid(), 'organization_unit', f.id, 1, 'organization_unit.created',
       jsonb_build_object('unit_id', f.id, 'organization_id', o.id, 'parent_unit_id', NULL,
                          'name', 'Facility ' || f.n, 'kind', 'facility',
                          'path', o.path::text || '.facility_' || replace(f.id::text, '-', ''))
FROM organizations_projection o
CROSS JOIN LATERAL (SELECT n, uuid_v5(o.id, 'facility' || n) AS id FROM generate_series(1, 5) AS n) AS f
WHERE o.slug LIKE 'measure-%';

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
SELECT gen_random_uuid(), 'organization_unit', p.id, 1, 'organization_unit.created',
       jsonb_build_object('unit_id', p.id, 'organization_id', f.organization_id, 'parent_unit_id', f.id,
                          'name', 'Program ' || p.n, 'kind', 'program',
                          'path', f.path::text || '.program_' || replace(p.id::text, '-', ''))
FROM organization_units_projection f
CROSS JOIN LATERAL (SELECT n, uuid_v5(f.id, 'program' || n) AS id FROM generate_series(1, 2) AS n) AS p
WHERE f.kind = 'facility';

CREATE TEMP TABLE measure_user AS
SELECT n, uuid_v5('00000000-0000-0000-0000-00000000a002'::uuid, 'user' || n) AS id,
       (SELECT o.id FROM organizations_projection o WHERE o.slug = 'measure-' || (1 + n % 20)) AS org_id
FROM generate_series(1, 20000) AS n;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
SELECT gen_random_uuid(), 'user', mu.id, 1, 'user.created',
       jsonb_build_object('user_id', mu.id, 'email', 'measure' || mu.n || '@example.org',
                          'first_name', 'M', 'last_name', 'User ' || mu.n)
FROM measure_user mu;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
SELECT gen_random_uuid(), 'user', mu.id, 1 + r.k, 'user.role.assigned',
       jsonb_build_object('user_id', mu.id, 'role_id', r.role_id, 'role_name', r.name, 'org_id', mu.org_id,
                          'scope_path', s.path::text,
                          'role_valid_from', CASE WHEN (mu.n + r.k) % 3 = 0 THEN w.valid_from END,
                          'role_valid_until', CASE WHEN (mu.n + r.k) % 3 = 0 THEN w.valid_until END)
FROM measure_user mu
CROSS JOIN LATERAL (
    SELECT k, rp.id AS role_id, rp.name
    FROM unnest(ARRAY['provider_admin', 'facility_admin', 'coordinator', 'clinician', 'peer_mentor'])
         WITH ORDINALITY AS x (name, k)
    JOIN roles_projection rp ON rp.name = x.name AND rp.organization_id IS NULL) AS r
CROSS JOIN LATERAL (
    SELECT u.path FROM organization_units_projection u
    WHERE u.organization_id = mu.org_id
    UNION ALL SELECT o.path FROM organizations_projection o WHERE o.id = mu.org_id
    ORDER BY 1 OFFSET (mu.n * 7 + r.k) % 16 LIMIT 1) AS s
CROSS JOIN LATERAL (
    SELECT DATE '2025-01-01' + abs(hashtext('from' || mu.n || '/' || r.k)) % 200 AS valid_from,
           DATE '2025-01-31' + abs(hashtext('from' || mu.n || '/' || r.k)) % 200
                             + abs(hashtext('until' || mu.n || '/' || r.k)) % 400 AS valid_until) AS w;

INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
SELECT gen_random_uuid(), 'user', mu.id, 7, 'user.access_dates.updated',
       jsonb_build_object('user_id', mu.id, 'org_id', mu.org_id, 'access_start_date', DATE '2025-01-01',
                          'access_expiration_date', DATE '2026-12-31')
FROM measure_user mu
WHERE mu.n % 4 = 0;

ANALYZE;
