-- Times bench.calls random calls of each read function inside PostgreSQL (clock_timestamp()
-- around each call), after bench.warm_up untimed calls, all as of bench.as_of: users at random,
-- and for has_effective_permission a random permission at a random unit, half the time one of
-- the user's own organization. The baseline is the same loop around one primary-key lookup of
-- the user's email. Results in the temporary table bench_timing (function, micros).
CREATE TEMP TABLE IF NOT EXISTS bench_timing (function text NOT NULL, micros double precision NOT NULL);
TRUNCATE bench_timing;

DO $$
DECLARE
    _users  uuid[]    := ARRAY(SELECT id FROM users ORDER BY id);
    _paths  ltree[]   := ARRAY(SELECT path FROM organization_units_projection ORDER BY path);
    _perms  text[]    := ARRAY['user.role_assign', 'user.client_assign', 'user.schedule_manage', 'organization.manage'];
    _as_of  timestamptz := current_setting('bench.as_of')::timestamptz;
    _calls  integer   := current_setting('bench.calls')::integer;
    _warm   integer   := current_setting('bench.warm_up')::integer;
    _user   uuid;
    _path   ltree;
    _perm   text;
    _email  text;
    _claims jsonb;
    _t0     timestamptz;
    _n      integer;
    _b      boolean;
BEGIN
    PERFORM setseed(0.42);
    FOR _i IN 1 .. _warm + _calls LOOP
        _user := _users[1 + floor(random() * array_length(_users, 1))::integer];
        _t0 := clock_timestamp();
        SELECT u.email INTO _email FROM users u WHERE u.id = _user;
        IF _i > _warm THEN
            INSERT INTO bench_timing VALUES ('baseline', extract(epoch FROM clock_timestamp() - _t0) * 1e6);
        END IF;
    END LOOP;
    FOR _i IN 1 .. _warm + _calls LOOP
        _user := _users[1 + floor(random() * array_length(_users, 1))::integer];
        _t0 := clock_timestamp();
        SELECT count(*) INTO _n FROM get_user_active_roles(_user, NULL, _as_of);
        IF _i > _warm THEN
            INSERT INTO bench_timing VALUES ('get_user_active_roles', extract(epoch FROM clock_timestamp() - _t0) * 1e6);
        END IF;
    END LOOP;
    FOR _i IN 1 .. _warm + _calls LOOP
        _user := _users[1 + floor(random() * array_length(_users, 1))::integer];
        IF random() < 0.5 THEN
            SELECT u.path INTO _path
            FROM organization_units_projection u
            WHERE u.organization_id = (SELECT ur.org_id FROM user_roles_projection ur WHERE ur.user_id = _user LIMIT 1)
            ORDER BY u.path OFFSET floor(random() * 15)::integer LIMIT 1;
        ELSE
            _path := _paths[1 + floor(random() * array_length(_paths, 1))::integer];
        END IF;
        _perm := _perms[1 + floor(random() * array_length(_perms, 1))::integer];
        _t0 := clock_timestamp();
        _b := has_effective_permission(_user, _perm, _path, _as_of);
        IF _i > _warm THEN
            INSERT INTO bench_timing VALUES ('has_effective_permission', extract(epoch FROM clock_timestamp() - _t0) * 1e6);
        END IF;
    END LOOP;
    FOR _i IN 1 .. _warm + _calls LOOP
        _user := _users[1 + floor(random() * array_length(_users, 1))::integer];
        _t0 := clock_timestamp();
        _claims := custom_access_token_claims(_user, NULL, _as_of);
        IF _i > _warm THEN
            INSERT INTO bench_timing VALUES ('custom_access_token_claims', extract(epoch FROM clock_timestamp() - _t0) * 1e6);
        END IF;
    END LOOP;
END;
$$;
