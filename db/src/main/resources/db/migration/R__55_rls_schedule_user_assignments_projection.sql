-- Row-level security of schedule_user_assignments_projection: 001's two policies.
-- Guarantees: a request reads the template assignments of its current organization; a
-- super_admin reads all. A write must be in the current organization (001's condition) AND
-- needs user.schedule_manage at the template's scope: 001 checks only the organization, which
-- would let any member rewrite anyone's schedule; Roster adds the permission that 002 asks for
-- the same kind of change.
DROP POLICY IF EXISTS schedule_user_assignments_select ON schedule_user_assignments_projection;
CREATE POLICY schedule_user_assignments_select
    ON schedule_user_assignments_projection FOR SELECT
    USING (organization_id = (SELECT get_current_org_id()));

DROP POLICY IF EXISTS schedule_user_assignments_modify ON schedule_user_assignments_projection;
CREATE POLICY schedule_user_assignments_modify
    ON schedule_user_assignments_projection FOR ALL
    USING (
        organization_id = (SELECT get_current_org_id())
        AND has_effective_permission('user.schedule_manage', schedule_template_scope_path(schedule_template_id))
    );

DROP POLICY IF EXISTS schedule_user_assignments_super_admin_select ON schedule_user_assignments_projection;
CREATE POLICY schedule_user_assignments_super_admin_select
    ON schedule_user_assignments_projection FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));
