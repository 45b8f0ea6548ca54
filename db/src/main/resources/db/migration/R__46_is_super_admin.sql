-- is_super_admin(user): whether the user holds the global super_admin role now (004).
-- Guarantees: true iff a user_roles_projection row with org_id NULL for the catalogue role
-- named super_admin (a platform role, organization_id NULL) has a window containing today's
-- UTC date; false for a NULL user. SECURITY DEFINER (search_path pinned) because the policies
-- of user_roles_projection call it: reading that table under the caller's row-level security
-- would recurse.
CREATE OR REPLACE FUNCTION is_super_admin(p_user_id uuid)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM user_roles_projection ur
        JOIN roles_projection r ON r.id = ur.role_id
        WHERE ur.user_id = p_user_id
          AND ur.org_id IS NULL
          AND r.name = 'super_admin'
          AND r.organization_id IS NULL
          AND r.is_active
          AND is_role_active(ur.role_valid_from, ur.role_valid_until, (now() AT TIME ZONE 'UTC')::date))
$$;
