-- organization_unit_scope_path(org, unit): the scope path a row of an organization, optionally
-- narrowed to one of its units, lives at (002: COALESCE(ou.path, org.path)).
-- Guarantees: the unit's path when p_unit_id names a unit OF THAT organization; the
-- organization's path when p_unit_id is NULL; NULL when the unit belongs to another
-- organization or either is unknown (so a permission check on it fails closed).
-- SECURITY INVOKER (search_path pinned) like organization_path(): a request gets the path only of
-- units it may see, NULL otherwise, as for a unit that does not exist.
CREATE OR REPLACE FUNCTION organization_unit_scope_path(p_org_id uuid, p_unit_id uuid)
    RETURNS ltree
    LANGUAGE sql
    STABLE
    SECURITY INVOKER
    SET search_path = public
AS $$
    SELECT CASE WHEN p_unit_id IS NULL THEN o.path ELSE u.path END
    FROM organizations_projection o
    LEFT JOIN organization_units_projection u ON u.id = p_unit_id AND u.organization_id = o.id
    WHERE o.id = p_org_id
$$;
