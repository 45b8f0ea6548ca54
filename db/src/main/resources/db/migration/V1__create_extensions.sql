-- Extensions Roster depends on.
--   ltree:    hierarchical scope paths (organization > facility > program) and their
--             containment operators (@>, <@) with GiST indexes.
--   pgcrypto: digest() for UUID v5 ids derived from idempotency keys, gen_random_uuid().
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
