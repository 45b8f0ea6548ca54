-- organization_path(org): the scope path of an organization, for policies that check a
-- permission at an organization (000: has_effective_permission('user.client_assign', org.path)).
-- Guarantees: the path of organizations_projection, NULL for an unknown organization (so the
-- permission check fails closed). SECURITY DEFINER (search_path pinned): the lookup does not
-- depend on whether the caller may see the organization row.
CREATE OR REPLACE FUNCTION organization_path(p_org_id uuid)
    RETURNS ltree
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
    SELECT o.path FROM organizations_projection o WHERE o.id = p_org_id
$$;
