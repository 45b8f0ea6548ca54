-- schedule_template_scope_path(template): the scope path a schedule template lives at: its
-- unit's path when it has one, else its organization's (as 002 scopes a schedule policy).
-- Guarantees: NULL for an unknown template (a permission check on it fails closed).
-- SECURITY INVOKER (search_path pinned) like organization_path(): a request gets the path only of
-- templates it may see, NULL otherwise, as for a template that does not exist.
CREATE OR REPLACE FUNCTION schedule_template_scope_path(p_template_id uuid)
    RETURNS ltree
    LANGUAGE sql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
    SELECT organization_unit_scope_path(t.organization_id, t.org_unit_id)
    FROM schedule_templates_projection t
    WHERE t.id = p_template_id
$$;
