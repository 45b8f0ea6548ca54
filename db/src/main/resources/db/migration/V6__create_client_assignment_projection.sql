-- user_client_assignments_projection (000): which clients are on whose caseload.
--
-- One row per (user_id, client_id): re-assigning an unassigned client reactivates the same row
-- (same id) through ON CONFLICT ON CONSTRAINT user_client_assignments_unique DO UPDATE.
-- client_id has no foreign key: the client domain is not event-sourced yet.
-- The row id is the id of the event that first created the assignment, so a rebuild
-- reproduces it exactly (the column default is the document's, used only outside Roster).

CREATE TABLE user_client_assignments_projection (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id         uuid        NOT NULL,
    client_id       uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    assigned_at     timestamptz DEFAULT now(),
    assigned_until  timestamptz,
    is_active       boolean     DEFAULT true,
    assigned_by     uuid,
    notes           text,
    created_at      timestamptz DEFAULT now(),
    updated_at      timestamptz DEFAULT now(),
    last_event_id   uuid,
    CONSTRAINT user_client_assignments_projection_pkey PRIMARY KEY (id),
    CONSTRAINT user_client_assignments_unique UNIQUE (user_id, client_id),
    CONSTRAINT user_client_assignments_projection_user_id_fkey
        FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT user_client_assignments_projection_organization_id_fkey
        FOREIGN KEY (organization_id) REFERENCES organizations_projection (id)
);

CREATE INDEX idx_user_client_assignments_user
    ON user_client_assignments_projection (user_id, assigned_until) WHERE is_active = true;
CREATE INDEX idx_user_client_assignments_client
    ON user_client_assignments_projection (client_id, assigned_until) WHERE is_active = true;
CREATE INDEX idx_user_client_assignments_org
    ON user_client_assignments_projection (organization_id) WHERE is_active = true;
