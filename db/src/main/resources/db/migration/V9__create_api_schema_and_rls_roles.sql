-- The read side's roles and schema (DESIGN.md §6).
--
--   api            schema of the read functions the documents call api.* (SECURITY INVOKER:
--                  row-level security applies to whoever calls them);
--   authenticated  the role a request with a JWT runs as (Supabase's name); row-level security
--                  decides what it sees from the request.jwt.claims setting;
--   service_role   trusted back-end services: BYPASSRLS, every privilege.
--
-- Roles belong to the cluster, not the database, so they are created only when missing (a
-- Supabase cluster already has both; a second database on the same server reuses them).
-- Creating a BYPASSRLS role needs a superuser (or, from PostgreSQL 16, a role that has
-- BYPASSRLS and CREATEROLE): on a managed server, create the two roles beforehand.
-- Neither role can log in; a login role is granted membership in one of them.
CREATE SCHEMA IF NOT EXISTS api;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
        CREATE ROLE authenticated NOLOGIN NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN
        CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
    END IF;
END;
$$;

GRANT USAGE ON SCHEMA public, api TO authenticated, service_role;

COMMENT ON SCHEMA api IS
    'Read functions for request-scoped callers: SECURITY INVOKER, so row-level security applies.';
