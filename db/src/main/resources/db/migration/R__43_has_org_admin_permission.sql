-- has_org_admin_permission(): whether the request's JWT claims make it an organization admin
-- (004): claim role is provider_admin or super_admin, or claim permissions contain
-- organization.manage.
-- Guarantees: reads only the request.jwt.claims setting, no table (004: "no DB query"), so it
-- is cheap inside policies; the claims are trusted because the token was signed with them.
-- false (never NULL) when the setting is unset, empty, or carries no such claim.
CREATE OR REPLACE FUNCTION has_org_admin_permission()
    RETURNS boolean
    LANGUAGE sql
    STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(_claims ->> 'role' IN ('provider_admin', 'super_admin'), false)
        OR coalesce(jsonb_typeof(_claims -> 'permissions') = 'array'
                    AND _claims -> 'permissions' ? 'organization.manage', false)
    FROM (SELECT nullif(current_setting('request.jwt.claims', true), '')::jsonb AS _claims) AS c
$$;
