-- Row-level security of command_results (V20), which V10 could not enable: V10 runs before the
-- table exists. command_results is write-side bookkeeping of the command layer (the first result
-- of every command, by idempotency key), never read or written by a request.
-- Guarantees: RLS enabled (not forced) and no policy, so every request role (authenticated) is
-- refused every row, as V10 leaves any new table closed to requests; the service's own connection
-- (the table owner) and service_role (BYPASSRLS) run commands as before. Idempotent.
ALTER TABLE command_results ENABLE ROW LEVEL SECURITY;
