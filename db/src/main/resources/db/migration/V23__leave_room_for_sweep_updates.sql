-- Every role window is updated in place by the sweeps (a notice per ladder step, then activation
-- and expiry). An expiry notice changes no indexed column, so PostgreSQL can update the row on its
-- own page without touching any of the table's ten indexes (a HOT update), but only if the page
-- has room. Pages are filled to 85% so they keep that room (new and rebuilt pages; existing pages
-- as they are rewritten).
ALTER TABLE user_roles_projection SET (fillfactor = 85);
