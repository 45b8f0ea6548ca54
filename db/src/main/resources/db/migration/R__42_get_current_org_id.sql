-- get_current_org_id(): the organization a request acts in: the org_id claim of the request's
-- JWT (custom_access_token_claims() puts it there), read from the request.jwt.claims setting.
-- Guarantees: NULL when the setting is unset or empty, when org_id is absent or null, or when it
-- is not a UUID, so organization isolation (organization_id = get_current_org_id()) fails closed.
CREATE OR REPLACE FUNCTION get_current_org_id()
    RETURNS uuid
    LANGUAGE sql
    STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN _org ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN _org::uuid END
    FROM (SELECT nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'org_id' AS _org) AS c
$$;
