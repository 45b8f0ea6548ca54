-- The base catalogue, written as events so that a rebuild reproduces it: the six permissions
-- Roster's commands check, the six platform roles (organization_id NULL, usable in every
-- organization; super_admin is the one assigned globally, with org_id NULL) and their grants.
--
-- Guarantees: ids are fixed (Java: io.roster.db.catalogue.BaseCatalogue) and event ids derive
-- from fixed idempotency keys, so applying this file again, by Flyway or by psql, writes
-- nothing twice (ON CONFLICT (id) DO NOTHING). It sorts after the processors and the trigger,
-- which must exist before events are written. To grant more, append to the end of a role's
-- list: its position is its stream version.
--
--   super_admin, provider_admin  everything, organization.manage included
--   facility_admin               role assign / revoke, caseloads, schedules, unit assignments
--   coordinator                  caseloads, schedules, unit assignments
--   clinician, peer_mentor       nothing to manage

WITH permission (id, name, description) AS (
    VALUES ('a0000000-0000-4000-8000-000000000001'::uuid, 'user.role_assign', 'Assign roles to users'),
           ('a0000000-0000-4000-8000-000000000002'::uuid, 'user.role_revoke', 'Revoke roles from users'),
           ('a0000000-0000-4000-8000-000000000003'::uuid, 'user.client_assign', 'Assign clients to staff caseloads'),
           ('a0000000-0000-4000-8000-000000000004'::uuid, 'user.schedule_manage', 'Manage staff schedules'),
           ('a0000000-0000-4000-8000-000000000005'::uuid, 'user.org_unit_assign', 'Assign users to organization units'),
           ('a0000000-0000-4000-8000-000000000006'::uuid, 'organization.manage', 'Manage organizations, units and settings')
)
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT roster_event_id('catalogue/permission.defined/' || name, 0), 'permission', id, 1, 'permission.defined',
       jsonb_build_object('permission_id', id, 'name', name, 'description', description),
       jsonb_build_object('user_id', NULL, 'source', 'migration', 'reason', 'base catalogue',
                          'idempotency_key', 'catalogue/permission.defined/' || name)
FROM permission
ON CONFLICT (id) DO NOTHING;

WITH role (id, name, description) AS (
    VALUES ('b0000000-0000-4000-8000-000000000001'::uuid, 'super_admin', 'Platform super administrator'),
           ('b0000000-0000-4000-8000-000000000002'::uuid, 'provider_admin', 'Organization administrator'),
           ('b0000000-0000-4000-8000-000000000003'::uuid, 'facility_admin', 'Facility administrator'),
           ('b0000000-0000-4000-8000-000000000004'::uuid, 'coordinator', 'Care coordinator'),
           ('b0000000-0000-4000-8000-000000000005'::uuid, 'clinician', 'Clinical staff'),
           ('b0000000-0000-4000-8000-000000000006'::uuid, 'peer_mentor', 'Peer mentor')
)
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT roster_event_id('catalogue/role.created/' || name, 0), 'role', id, 1, 'role.created',
       jsonb_build_object('role_id', id, 'name', name, 'description', description, 'organization_id', NULL),
       jsonb_build_object('user_id', NULL, 'source', 'migration', 'reason', 'base catalogue',
                          'idempotency_key', 'catalogue/role.created/' || name)
FROM role
ON CONFLICT (id) DO NOTHING;

WITH grant_list (role_name, role_id, permissions) AS (
    VALUES ('super_admin', 'b0000000-0000-4000-8000-000000000001'::uuid,
            ARRAY['user.role_assign', 'user.role_revoke', 'user.client_assign', 'user.schedule_manage',
                  'user.org_unit_assign', 'organization.manage']),
           ('provider_admin', 'b0000000-0000-4000-8000-000000000002'::uuid,
            ARRAY['user.role_assign', 'user.role_revoke', 'user.client_assign', 'user.schedule_manage',
                  'user.org_unit_assign', 'organization.manage']),
           ('facility_admin', 'b0000000-0000-4000-8000-000000000003'::uuid,
            ARRAY['user.role_assign', 'user.role_revoke', 'user.client_assign', 'user.schedule_manage',
                  'user.org_unit_assign']),
           ('coordinator', 'b0000000-0000-4000-8000-000000000004'::uuid,
            ARRAY['user.client_assign', 'user.schedule_manage', 'user.org_unit_assign'])
),
role_grant AS (
    SELECT g.role_name, g.role_id, p.permission_name, p.position
    FROM grant_list g, unnest(g.permissions) WITH ORDINALITY AS p (permission_name, position)
)
INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
SELECT roster_event_id('catalogue/role.permission.granted/' || rg.role_name || '/' || rg.permission_name, 0),
       'role', rg.role_id, 1 + rg.position::integer, 'role.permission.granted',
       jsonb_build_object('role_id', rg.role_id, 'permission_id', pp.id),
       jsonb_build_object('user_id', NULL, 'source', 'migration', 'reason', 'base catalogue',
                          'idempotency_key',
                          'catalogue/role.permission.granted/' || rg.role_name || '/' || rg.permission_name)
FROM role_grant rg
JOIN permissions_projection pp ON pp.name = rg.permission_name
ORDER BY rg.role_name, rg.position
ON CONFLICT (id) DO NOTHING;
