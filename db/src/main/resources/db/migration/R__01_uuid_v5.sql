-- uuid_v5(namespace, name): the RFC 4122 name-based (SHA-1) UUID of name in namespace.
-- Guarantees: deterministic and identical to io.roster.db.events.EventIds.uuidV5 in Java, so an
-- event id derived from an idempotency key is the same whichever side derives it.
-- (MigrationsTest.sqlAndJavaDeriveTheSameEventIdFromAnIdempotencyKey checks it, unicode included.)
CREATE OR REPLACE FUNCTION uuid_v5(_namespace uuid, _name text)
    RETURNS uuid
    LANGUAGE sql
    IMMUTABLE STRICT PARALLEL SAFE
AS $$
    -- one expression and no FROM, so that it is inlined where it is called (uuid-ossp, V22);
    -- the name's bytes are its UTF-8 bytes, as Roster's databases are UTF8
    SELECT uuid_generate_v5(_namespace, _name)
$$;

-- roster_event_id(idempotency_key, index): the id of the index-th event (0-based) appended by
-- the command with this idempotency key, in Roster's namespace.
-- Guarantees: the same key always yields the same ids, so a retried command collides with
-- its own earlier events (ON CONFLICT (id) DO NOTHING) instead of duplicating them.
CREATE OR REPLACE FUNCTION roster_event_id(_idempotency_key text, _index integer)
    RETURNS uuid
    LANGUAGE sql
    IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT uuid_v5('6d1f3c2a-8b4e-5f7a-9c0d-2e4b6a8c0f13'::uuid, _idempotency_key || '#' || _index)
$$;
