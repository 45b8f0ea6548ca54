-- rebuild_projections(): empties every projection and replays every event in global_position
-- order through apply_domain_event(), the same code the insert trigger runs.
-- Guarantees: processors read every timestamp and id from the events, so the result equals
-- the live projections row for row; appends wait while it runs (SHARE lock on domain_events),
-- and everything happens in the caller's transaction, so a failure leaves the old projections.
-- The projections' secondary (non-unique) indexes serve readers only: they are dropped for the
-- replay and created again after it from their own definitions (pg_get_indexdef: same names,
-- same columns, same predicates), one sorted build each instead of one insertion per row. The
-- unique indexes stay: they enforce the projections' keys during the replay and are what the
-- processors look rows up by. Readers wait either way (TRUNCATE locks the tables).
-- Returns the number of events replayed.
CREATE OR REPLACE FUNCTION rebuild_projections()
    RETURNS bigint
    LANGUAGE plpgsql
    VOLATILE
AS $$
DECLARE
    _event      domain_events;
    _count      bigint := 0;
    _index      record;
    _deferred   text[] := '{}';
    _definition text;
BEGIN
    LOCK TABLE domain_events IN SHARE MODE;
    TRUNCATE organizations_projection, organization_units_projection, users, user_org_access,
             permissions_projection, roles_projection, role_permissions_projection, user_roles_projection,
             user_client_assignments_projection, schedule_templates_projection,
             schedule_user_assignments_projection, user_schedule_policies_projection,
             user_org_unit_assignments_projection;
    FOR _index IN
        SELECT i.indexrelid::regclass AS name, pg_get_indexdef(i.indexrelid) AS definition
        FROM pg_index i
        WHERE i.indrelid = ANY (ARRAY['organizations_projection', 'organization_units_projection', 'users',
                                      'user_org_access', 'permissions_projection', 'roles_projection',
                                      'role_permissions_projection', 'user_roles_projection',
                                      'user_client_assignments_projection', 'schedule_templates_projection',
                                      'schedule_user_assignments_projection', 'user_schedule_policies_projection',
                                      'user_org_unit_assignments_projection']::regclass[])
          AND NOT i.indisunique AND NOT i.indisprimary AND NOT i.indisexclusion
        ORDER BY 1
    LOOP
        _deferred := _deferred || _index.definition;
        EXECUTE format('DROP INDEX %s', _index.name);
    END LOOP;
    FOR _event IN SELECT * FROM domain_events ORDER BY global_position LOOP
        PERFORM apply_domain_event(_event);
        _count := _count + 1;
    END LOOP;
    FOREACH _definition IN ARRAY _deferred LOOP
        EXECUTE _definition;
    END LOOP;
    RETURN _count;
END;
$$;
