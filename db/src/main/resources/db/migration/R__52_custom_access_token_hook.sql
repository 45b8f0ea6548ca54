-- custom_access_token_hook(event): a Supabase Auth "custom access token" hook, so the
-- platform's token issuer can call Roster as it is. Input {"user_id": ..., "claims": {...}},
-- output {"claims": {...}}: the issuer's claims merged with custom_access_token_claims(user_id)
-- at now() (the organization chosen as that function documents), Roster's values winning, except
-- that a null from Roster never erases a value the issuer set (an email Roster does not know, the
-- issuer's role claim for a user with no active role).
-- Guarantees:
--   * access_blocked: true and access_blocked_reason ("access_not_started" / "access_expired")
--     are in the claims exactly when the user's access window in the chosen organization has
--     not started or has ended today (the organization's local date); otherwise neither key is;
--   * a user_id that is missing or not a UUID answers Supabase's error shape
--     {"error": {"http_code": 400, "message": ...}} instead of raising, so the issuer reports it;
--   * no writes; STABLE.
-- Executable by service_role, and by supabase_auth_admin when that role exists (Supabase).
CREATE OR REPLACE FUNCTION custom_access_token_hook(event jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = public
AS $$
DECLARE
    _user_text text := event ->> 'user_id';
    _claims    jsonb := coalesce(nullif(event -> 'claims', 'null'::jsonb), '{}'::jsonb);
    _custom    jsonb;
BEGIN
    IF _user_text IS NULL
       OR _user_text !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN jsonb_build_object('error', jsonb_build_object(
            'http_code', 400,
            'message', format('custom_access_token_hook: user_id %s is not a UUID', coalesce(_user_text, 'null'))));
    END IF;
    IF jsonb_typeof(_claims) <> 'object' THEN
        RETURN jsonb_build_object('error', jsonb_build_object(
            'http_code', 400,
            'message', format('custom_access_token_hook: claims of user %s are not an object', _user_text)));
    END IF;
    _custom := custom_access_token_claims(_user_text::uuid, NULL, now());
    _custom := _custom - ARRAY(SELECT c.key FROM jsonb_each(_custom) AS c
                               WHERE c.value = 'null'::jsonb AND _claims ? c.key);
    RETURN jsonb_build_object('claims', _claims || _custom);
END;
$$;

REVOKE ALL ON FUNCTION custom_access_token_hook(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION custom_access_token_hook(jsonb) TO service_role;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'supabase_auth_admin') THEN
        GRANT EXECUTE ON FUNCTION custom_access_token_hook(jsonb) TO supabase_auth_admin;
    END IF;
END;
$$;
