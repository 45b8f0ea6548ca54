-- Times 2,000 calls each of get_user_active_roles() and has_effective_permission() on random
-- users and random target paths (half a unit of the user's own organization, half any unit), each
-- call timed inside PostgreSQL with clock_timestamp(), after 200 warm-up calls of each.
-- Results in the temporary tables measure_timing (function, micros) and measure_allowed (how many
-- of the 2,200 permission checks answered true).
CREATE TEMP TABLE measure_timing (function text NOT NULL, micros double precision NOT NULL);

DO $$
DECLARE
    _users   uuid[] := ARRAY(SELECT id FROM users WHERE email LIKE 'measure%' ORDER BY id);
    _paths   ltree[] := ARRAY(SELECT path FROM organization_units_projection ORDER BY path);
    _perms   text[] := ARRAY['user.role_assign', 'user.client_assign', 'user.schedule_manage', 'organization.manage'];
    _as_of   timestamptz := '2025-09-15 12:00:00+00';
    _user    uuid;
    _path    ltree;
    _perm    text;
    _t0      timestamptz;
    _n       integer;
    _allowed integer := 0;
BEGIN
    PERFORM setseed(0.42);
    FOR _i IN 1 .. 2200 LOOP
        _user := _users[1 + floor(random() * array_length(_users, 1))::integer];
        _t0 := clock_timestamp();
        SELECT count(*) INTO _n FROM get_user_active_roles(_user, NULL, _as_of);
        IF _i > 200 THEN
            INSERT INTO measure_timing VALUES ('get_user_active_roles',
                                               extract(epoch FROM clock_timestamp() - _t0) * 1e6);
        END IF;
    END LOOP;
    FOR _i IN 1 .. 2200 LOOP
        _user := _users[1 + floor(random() * array_length(_users, 1))::integer];
        IF random() < 0.5 THEN
            SELECT u.path INTO _path
            FROM organization_units_projection u
            JOIN user_roles_projection ur ON ur.org_id = u.organization_id AND ur.user_id = _user
            ORDER BY random() LIMIT 1;
        ELSE
            _path := _paths[1 + floor(random() * array_length(_paths, 1))::integer];
        END IF;
        _perm := _perms[1 + floor(random() * array_length(_perms, 1))::integer];
        _t0 := clock_timestamp();
        IF has_effective_permission(_user, _perm, _path, _as_of) THEN
            _allowed := _allowed + 1;
        END IF;
        IF _i > 200 THEN
            INSERT INTO measure_timing VALUES ('has_effective_permission',
                                               extract(epoch FROM clock_timestamp() - _t0) * 1e6);
        END IF;
    END LOOP;
    EXECUTE format('CREATE TEMP TABLE measure_allowed AS SELECT %s::integer AS allowed', _allowed);
END;
$$;
