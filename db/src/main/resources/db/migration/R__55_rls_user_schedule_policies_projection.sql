-- Row-level security of user_schedule_policies_projection: 002's two policies.
-- Guarantees: a request reads the schedules of its current organization; a super_admin reads
-- all; a write (and, as 002's policy is FOR ALL, a read) needs user.schedule_manage at the
-- schedule's unit path, else its organization's path (002: COALESCE(ou.path, org.path)); a
-- unit of another organization never qualifies.
DROP POLICY IF EXISTS user_schedule_policies_select ON user_schedule_policies_projection;
CREATE POLICY user_schedule_policies_select
    ON user_schedule_policies_projection FOR SELECT
    USING (organization_id = (SELECT get_current_org_id()));

DROP POLICY IF EXISTS user_schedule_policies_modify ON user_schedule_policies_projection;
CREATE POLICY user_schedule_policies_modify
    ON user_schedule_policies_projection FOR ALL
    USING (has_effective_permission('user.schedule_manage',
                                    organization_unit_scope_path(organization_id, org_unit_id)));

DROP POLICY IF EXISTS user_schedule_policies_super_admin_select ON user_schedule_policies_projection;
CREATE POLICY user_schedule_policies_super_admin_select
    ON user_schedule_policies_projection FOR SELECT
    USING ((SELECT is_super_admin(get_current_user_id())));
