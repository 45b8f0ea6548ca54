-- rebuild_projections(): empties every projection and replays every event in global_position
-- order through apply_domain_event(), the same code the insert trigger runs.
-- Guarantees: processors read every timestamp and id from the events, so the result equals
-- the live projections row for row; appends wait while it runs (SHARE lock on domain_events),
-- and everything happens in the caller's transaction, so a failure leaves the old projections.
-- Returns the number of events replayed.
CREATE OR REPLACE FUNCTION rebuild_projections()
    RETURNS bigint
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _event domain_events;
    _count bigint := 0;
BEGIN
    LOCK TABLE domain_events IN SHARE MODE;
    TRUNCATE organizations_projection, organization_units_projection, users, user_org_access,
             permissions_projection, roles_projection, role_permissions_projection, user_roles_projection,
             user_client_assignments_projection, schedule_templates_projection,
             schedule_user_assignments_projection, user_schedule_policies_projection,
             user_org_unit_assignments_projection;
    FOR _event IN SELECT * FROM domain_events ORDER BY global_position LOOP
        PERFORM apply_domain_event(_event);
        _count := _count + 1;
    END LOOP;
    RETURN _count;
END;
$$;
