-- get_current_user_id(): the user a request acts for: the sub claim of the request's JWT, read
-- from the request.jwt.claims setting (PostgREST / Supabase set it per transaction).
-- Guarantees: NULL when the setting is unset or empty, when it has no sub, or when sub is not a
-- UUID, so every policy that compares with it fails closed instead of raising.
CREATE OR REPLACE FUNCTION get_current_user_id()
    RETURNS uuid
    LANGUAGE sql
    STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN _sub ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN _sub::uuid END
    FROM (SELECT nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub' AS _sub) AS c
$$;
