-- Row-level security on every projection and on domain_events (DESIGN.md §6), and the table
-- privileges of the two request roles of V9.
--
-- ENABLE, not FORCE: the table owner (the service's own connection, which runs the event
-- processors in the insert trigger, rebuild_projections() and the sweeps) is not subject to the
-- policies; every other role except service_role (BYPASSRLS) is. The policies themselves are
-- repeatable migrations (R__55_rls_*.sql): with RLS enabled and no policy yet, a table shows
-- authenticated nothing, so the order of migrations can only fail closed.
--
-- authenticated gets SELECT everywhere, and INSERT / UPDATE / DELETE only on the tables that
-- have a modify policy (the documents' *_modify policies, 004's user_roles_super_admin_all).
-- users, the catalogue (permissions, roles, grants) and domain_events are read-only to it:
-- they change through events written by the service, never by a request.
-- service_role gets everything, including the identity sequence of domain_events, and (default
-- privileges of the migrating role) every table and sequence later migrations create, since the
-- projection trigger runs with the inserting role's privileges. authenticated gets nothing by
-- default on a later table: a new table is closed to requests until a migration opens it.

ALTER TABLE domain_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE organization_units_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_org_access ENABLE ROW LEVEL SECURITY;
ALTER TABLE permissions_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE roles_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE role_permissions_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_roles_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_client_assignments_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE schedule_templates_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE schedule_user_assignments_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_schedule_policies_projection ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_org_unit_assignments_projection ENABLE ROW LEVEL SECURITY;

GRANT SELECT ON domain_events, organizations_projection, organization_units_projection, users, user_org_access,
                permissions_projection, roles_projection, role_permissions_projection, user_roles_projection,
                user_client_assignments_projection, schedule_templates_projection,
                schedule_user_assignments_projection, user_schedule_policies_projection,
                user_org_unit_assignments_projection
    TO authenticated;

GRANT INSERT, UPDATE, DELETE ON organizations_projection, organization_units_projection, user_org_access,
                                user_roles_projection, user_client_assignments_projection,
                                schedule_templates_projection, schedule_user_assignments_projection,
                                user_schedule_policies_projection, user_org_unit_assignments_projection
    TO authenticated;

GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO service_role;
