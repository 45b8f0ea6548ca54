-- user_org_unit_assignments_projection (003): the organization units each user belongs to.
--
-- Guarantees at the database level:
--   * no duplicate (user, unit) pair regardless of status (idx_unit_assignment_user_unit):
--     a returning member is reactivated, never assigned twice;
--   * at most one active primary per user and organization. 003 writes
--     uq_unit_assignment_one_primary_per_user_org as a plain unique index on
--     (user_id, organization_id), which would forbid a second assignment; DESIGN.md §10 makes
--     it partial: WHERE is_primary AND status = 'active';
--   * notes at most 1,000 characters (notes_max_length);
--   * an inactive assignment records when and by whom it was deactivated
--     (deactivation_requires_deactivated_by).
-- The limit of active assignments and "exactly one primary" are decided by the commands, which
-- emit every resulting fact as an event (DESIGN.md §2, §7).

CREATE TABLE user_org_unit_assignments_projection (
    id                   uuid        PRIMARY KEY,
    user_id              uuid        NOT NULL REFERENCES users (id),
    organization_unit_id uuid        NOT NULL REFERENCES organization_units_projection (id),
    organization_id      uuid        NOT NULL REFERENCES organizations_projection (id),
    is_primary           boolean     NOT NULL,
    assigned_at          timestamptz NOT NULL,
    assigned_by          uuid,
    status               text        NOT NULL DEFAULT 'active',
    deactivated_at       timestamptz,
    deactivated_by       uuid,
    notes                text,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    last_event_id        uuid,
    CONSTRAINT unit_assignment_status_check CHECK (status IN ('active', 'inactive')),
    CONSTRAINT unit_assignment_notes_max_length_check CHECK (notes IS NULL OR char_length(notes) <= 1000),
    CONSTRAINT unit_assignment_deactivation_requires_deactivated_by_check CHECK (
        (status = 'active' AND deactivated_at IS NULL AND deactivated_by IS NULL)
        OR (status = 'inactive' AND deactivated_at IS NOT NULL AND deactivated_by IS NOT NULL))
);

CREATE INDEX idx_unit_assignment_user_org ON user_org_unit_assignments_projection (user_id, organization_id);
CREATE UNIQUE INDEX idx_unit_assignment_user_unit ON user_org_unit_assignments_projection (user_id, organization_unit_id);
CREATE INDEX idx_unit_assignment_unit_id ON user_org_unit_assignments_projection (organization_unit_id);
CREATE INDEX idx_unit_assignment_primary ON user_org_unit_assignments_projection (user_id, organization_id, is_primary);
CREATE INDEX idx_unit_assignment_status ON user_org_unit_assignments_projection (status, organization_id);
CREATE UNIQUE INDEX uq_unit_assignment_one_primary_per_user_org
    ON user_org_unit_assignments_projection (user_id, organization_id)
    WHERE is_primary AND status = 'active';
