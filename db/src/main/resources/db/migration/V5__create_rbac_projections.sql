-- Role-based access (004): permissions, roles, grants, and user_roles_projection.
--
-- user_roles_projection is exactly 004's table (columns, NULLS NOT DISTINCT unique key, scope
-- consistency and date order checks, indexes), plus what Roster's sweeps need:
--   activated_at        when user.role.activated was recorded for the current role_valid_from;
--   expired_at          when user.role.expired was recorded for the current role_valid_until;
--   expiry_notice_days  the notice-ladder steps (days before) already emitted for that window;
--   last_event_id       the last event that changed the row.
-- As in 004, user_id and role_id carry no foreign keys (application-managed) and a revoked role
-- is deleted, not soft-deleted.

CREATE TABLE permissions_projection (
    id            uuid        PRIMARY KEY,
    name          text        NOT NULL,
    description   text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_event_id uuid,
    CONSTRAINT permissions_projection_name_key UNIQUE (name),
    CONSTRAINT permissions_name_format_check CHECK (name ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$')
);

CREATE TABLE roles_projection (
    id              uuid        PRIMARY KEY,
    name            text        NOT NULL,
    description     text,
    organization_id uuid        REFERENCES organizations_projection (id),
    is_active       boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    last_event_id   uuid,
    CONSTRAINT roles_projection_name_org_key UNIQUE NULLS NOT DISTINCT (name, organization_id)
);

COMMENT ON COLUMN roles_projection.organization_id IS 'NULL for a platform role usable in every organization.';

CREATE TABLE role_permissions_projection (
    role_id       uuid        NOT NULL REFERENCES roles_projection (id),
    permission_id uuid        NOT NULL REFERENCES permissions_projection (id),
    granted_at    timestamptz NOT NULL DEFAULT now(),
    last_event_id uuid,
    CONSTRAINT role_permissions_projection_pkey PRIMARY KEY (role_id, permission_id)
);

CREATE INDEX idx_role_permissions_permission ON role_permissions_projection (permission_id);

CREATE TABLE user_roles_projection (
    user_id            uuid        NOT NULL,
    role_id            uuid        NOT NULL,
    org_id             uuid,
    scope_path         ltree,
    assigned_at        timestamptz NOT NULL DEFAULT now(),
    role_valid_from    date,
    role_valid_until   date,
    activated_at       timestamptz,
    expired_at         timestamptz,
    expiry_notice_days integer[]   NOT NULL DEFAULT '{}',
    last_event_id      uuid,
    CONSTRAINT user_roles_projection_user_id_role_id_org_id_key
        UNIQUE NULLS NOT DISTINCT (user_id, role_id, org_id),
    CONSTRAINT user_roles_scope_check CHECK (
        (org_id IS NULL AND scope_path IS NULL)
        OR (org_id IS NOT NULL AND scope_path IS NOT NULL)),
    CONSTRAINT user_roles_date_order_check CHECK (
        role_valid_from IS NULL OR role_valid_until IS NULL
        OR role_valid_from <= role_valid_until)
);

CREATE INDEX idx_user_roles_user ON user_roles_projection (user_id);
CREATE INDEX idx_user_roles_role ON user_roles_projection (role_id);
CREATE INDEX idx_user_roles_org ON user_roles_projection (org_id) WHERE org_id IS NOT NULL;
CREATE INDEX idx_user_roles_scope_path ON user_roles_projection USING gist (scope_path) WHERE scope_path IS NOT NULL;
CREATE INDEX idx_user_roles_auth_lookup ON user_roles_projection (user_id, org_id);
CREATE INDEX idx_user_roles_expiring ON user_roles_projection (role_valid_until) WHERE role_valid_until IS NOT NULL;
CREATE INDEX idx_user_roles_pending_start ON user_roles_projection (role_valid_from) WHERE role_valid_from IS NOT NULL;
