-- Row-level security of domain_events (RLS enabled in V10; read-only to authenticated).
-- Guarantees: a super_admin reads every event; an organization admin (claims, 004's
-- has_org_admin_permission()) reads the events whose payload names the current organization
-- (organization_id or org_id); nobody else reads any. There is no write policy: events are
-- appended by the service (table owner), never by a request.
-- (SELECT f()) makes each claim lookup an InitPlan, evaluated once per statement, not per row.
DROP POLICY IF EXISTS domain_events_super_admin_select ON domain_events;
CREATE POLICY domain_events_super_admin_select
    ON domain_events FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));

DROP POLICY IF EXISTS domain_events_org_admin_select ON domain_events;
CREATE POLICY domain_events_org_admin_select
    ON domain_events FOR SELECT
    USING (
        (SELECT has_org_admin_permission())
        AND coalesce(event_data ->> 'organization_id', event_data ->> 'org_id') = (SELECT get_current_org_id()::text)
    );
