-- Row-level security of schedule_templates_projection.
-- Guarantees: organization isolation (the current organization's templates; a super_admin
-- sees all); a write needs user.schedule_manage at the template's scope (its unit's path, else
-- its organization's; a unit of another organization never qualifies).
DROP POLICY IF EXISTS schedule_templates_select ON schedule_templates_projection;
CREATE POLICY schedule_templates_select
    ON schedule_templates_projection FOR SELECT
    USING (organization_id = (SELECT get_current_org_id()));

DROP POLICY IF EXISTS schedule_templates_super_admin_select ON schedule_templates_projection;
CREATE POLICY schedule_templates_super_admin_select
    ON schedule_templates_projection FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));

DROP POLICY IF EXISTS schedule_templates_modify ON schedule_templates_projection;
CREATE POLICY schedule_templates_modify
    ON schedule_templates_projection FOR ALL
    USING (has_effective_permission('user.schedule_manage',
                                    organization_unit_scope_path(organization_id, org_unit_id)));
