-- organization_path(org): the scope path of an organization, for policies that check a
-- permission at an organization (000: has_effective_permission('user.client_assign', org.path)).
-- Guarantees: the path of organizations_projection, NULL for an unknown organization (so the
-- permission check fails closed). SECURITY INVOKER (search_path pinned): it reads with the
-- caller's row-level security, so a request learns the path only of an organization it may see
-- (its current one, or one it holds organization.manage at; a super_admin sees all); about any
-- other it answers NULL, exactly as about one that does not exist (tenant isolation: the path of
-- another tenant, and that it exists, are not a request's to know). The service sees every row.
CREATE OR REPLACE FUNCTION organization_path(p_org_id uuid)
    RETURNS ltree
    LANGUAGE sql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
    SELECT o.path FROM organizations_projection o WHERE o.id = p_org_id
$$;
