-- is_current_organization_member(user): whether a user appears in the request's current
-- organization (get_current_org_id()): has an access window, a role, a unit assignment, a
-- caseload assignment, a schedule policy or an active schedule template assignment there.
-- The users table has no organization column; its organization isolation policy
-- (users_select) is "members of the current organization".
-- Guarantees: false when the request has no current organization or the user is NULL; it
-- answers only about the caller's own current organization, so calling it directly reveals
-- nothing users_select would not show; each test is one indexed lookup.
-- SECURITY DEFINER (search_path pinned): the answer does not depend on the caller's
-- row-level security, and reading those tables under it from a users policy could recurse.
CREATE OR REPLACE FUNCTION is_current_organization_member(p_user_id uuid)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
    SELECT coalesce(
        EXISTS (SELECT 1 FROM user_org_access a WHERE a.user_id = p_user_id AND a.org_id = c.org_id)
        OR EXISTS (SELECT 1 FROM user_roles_projection ur WHERE ur.user_id = p_user_id AND ur.org_id = c.org_id)
        OR EXISTS (SELECT 1 FROM user_org_unit_assignments_projection ua
                   WHERE ua.user_id = p_user_id AND ua.organization_id = c.org_id)
        OR EXISTS (SELECT 1 FROM user_client_assignments_projection ca
                   WHERE ca.user_id = p_user_id AND ca.organization_id = c.org_id)
        OR EXISTS (SELECT 1 FROM user_schedule_policies_projection sp
                   WHERE sp.user_id = p_user_id AND sp.organization_id = c.org_id)
        OR EXISTS (SELECT 1 FROM schedule_user_assignments_projection sa
                   WHERE sa.user_id = p_user_id AND sa.organization_id = c.org_id AND sa.is_active),
        false)
    FROM (SELECT get_current_org_id() AS org_id) AS c
$$;
