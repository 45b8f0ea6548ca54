-- uuid-ossp: uuid_generate_v5(), the RFC 4122 name-based (SHA-1) UUID in C. uuid_v5() (R__01)
-- is now a single call of it, which the planner inlines into the statement that derives event
-- ids: the sweeps and batch appends derive one id per event, and the former SQL body (a
-- subquery over digest()) ran as a query of its own per call, about four times slower.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
