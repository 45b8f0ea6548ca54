-- command_results: the first result of every command, by idempotency key.
--
-- Guarantees: a command run again with the same key (a Temporal retry after commit, a repeated
-- HTTP request with the same Idempotency-Key) returns this stored result and writes nothing,
-- whether the first run appended events or decided that nothing had to change. The row is
-- written in the same transaction as the command's events, so it exists exactly when they do.
-- This is write-side bookkeeping, not a projection: rebuild_projections() leaves it alone, and
-- row-level security is on with no policy, so only the service and service_role read it.
CREATE TABLE command_results (
    idempotency_key text        PRIMARY KEY,
    command         text        NOT NULL,
    actor_id        uuid,
    result          jsonb,
    created_at      timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE command_results ENABLE ROW LEVEL SECURITY;
