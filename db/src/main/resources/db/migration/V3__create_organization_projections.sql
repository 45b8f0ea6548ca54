-- Organizations and their units (DESIGN.md §4).
--
-- Paths are ltree, built by Roster: '<root>.org_<32 hex>' for an organization (one more level
-- under a parent organization) and one more '<kind>_<32 hex>' label per unit. Each path is
-- unique, so a scope path names exactly one organization or unit.
-- timezone is an IANA name; an organization's "today" is (now() AT TIME ZONE timezone)::date.

CREATE TABLE organizations_projection (
    id                          uuid        PRIMARY KEY,
    name                        text        NOT NULL,
    slug                        text        NOT NULL,
    parent_organization_id      uuid        REFERENCES organizations_projection (id),
    path                        ltree       NOT NULL,
    timezone                    text        NOT NULL DEFAULT 'UTC',
    direct_care_settings        jsonb       NOT NULL DEFAULT '{"enable_staff_client_mapping": false}'::jsonb,
    max_active_unit_assignments integer     NOT NULL DEFAULT 5,
    notice_days                 integer[]   NOT NULL DEFAULT '{14,7,1}',
    is_active                   boolean     NOT NULL DEFAULT true,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    last_event_id               uuid,
    CONSTRAINT organizations_projection_slug_key UNIQUE (slug),
    CONSTRAINT organizations_projection_path_key UNIQUE (path),
    CONSTRAINT organizations_max_active_unit_assignments_check CHECK (max_active_unit_assignments BETWEEN 1 AND 100),
    CONSTRAINT organizations_direct_care_settings_check CHECK (jsonb_typeof(direct_care_settings) = 'object')
);

CREATE INDEX idx_organizations_path ON organizations_projection USING gist (path);

COMMENT ON COLUMN organizations_projection.notice_days IS
    'Notice ladder: days before role_valid_until at which user.role.expiry_notice is emitted.';

CREATE TABLE organization_units_projection (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations_projection (id),
    parent_unit_id  uuid        REFERENCES organization_units_projection (id),
    name            text        NOT NULL,
    kind            text        NOT NULL,
    path            ltree       NOT NULL,
    is_active       boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    last_event_id   uuid,
    CONSTRAINT organization_units_projection_path_key UNIQUE (path),
    CONSTRAINT organization_units_kind_check CHECK (kind ~ '^[a-z][a-z0-9_]{0,39}$')
);

CREATE INDEX idx_organization_units_org ON organization_units_projection (organization_id);
CREATE INDEX idx_organization_units_parent ON organization_units_projection (parent_unit_id);
CREATE INDEX idx_organization_units_path ON organization_units_projection USING gist (path);
