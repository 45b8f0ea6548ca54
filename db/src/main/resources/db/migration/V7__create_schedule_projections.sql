-- Schedules: templates with their assigned users (001), and per-user weekly policies (002).
-- DESIGN.md §10: 001 calls user_schedule_policies_projection dropped, 002 calls it current;
-- Roster keeps both models.
--
-- The weekly schedule JSON (002): keys monday..sunday, each {"begin": "HHMM", "end": "HHMM"}
-- or null for a day off; commands validate it before any event is written.
-- schedule_templates_projection.assigned_user_count is the number of active rows of
-- schedule_user_assignments_projection for the template, maintained by the processor.
-- Deleting a template cascades to its assignments (001).

CREATE TABLE schedule_templates_projection (
    id                  uuid        PRIMARY KEY,
    organization_id     uuid        NOT NULL REFERENCES organizations_projection (id),
    org_unit_id         uuid        REFERENCES organization_units_projection (id),
    schedule_name       text        NOT NULL,
    schedule            jsonb       NOT NULL,
    is_active           boolean     NOT NULL DEFAULT true,
    assigned_user_count integer     NOT NULL DEFAULT 0,
    created_by          uuid,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    last_event_id       uuid,
    CONSTRAINT schedule_templates_assigned_user_count_check CHECK (assigned_user_count >= 0),
    CONSTRAINT schedule_templates_schedule_check CHECK (jsonb_typeof(schedule) = 'object')
);

CREATE INDEX idx_schedule_templates_org ON schedule_templates_projection (organization_id) WHERE is_active = true;

CREATE TABLE schedule_user_assignments_projection (
    id                   uuid        NOT NULL DEFAULT gen_random_uuid(),
    schedule_template_id uuid        NOT NULL,
    user_id              uuid        NOT NULL,
    organization_id      uuid        NOT NULL,
    effective_from       date,
    effective_until      date,
    is_active            boolean     DEFAULT true,
    created_at           timestamptz DEFAULT now(),
    updated_at           timestamptz DEFAULT now(),
    last_event_id        uuid,
    CONSTRAINT schedule_user_assignments_projection_pkey PRIMARY KEY (id),
    CONSTRAINT schedule_user_assignments_unique UNIQUE (schedule_template_id, user_id),
    CONSTRAINT schedule_user_assignments_projection_template_id_fkey
        FOREIGN KEY (schedule_template_id) REFERENCES schedule_templates_projection (id) ON DELETE CASCADE,
    CONSTRAINT schedule_user_assignments_projection_user_id_fkey
        FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT schedule_user_assignments_projection_organization_id_fkey
        FOREIGN KEY (organization_id) REFERENCES organizations_projection (id),
    CONSTRAINT schedule_user_assignments_date_order_check CHECK (
        effective_from IS NULL OR effective_until IS NULL OR effective_from <= effective_until)
);

CREATE INDEX idx_schedule_assignments_template
    ON schedule_user_assignments_projection (schedule_template_id) WHERE is_active = true;
CREATE INDEX idx_schedule_assignments_user
    ON schedule_user_assignments_projection (user_id) WHERE is_active = true;

CREATE TABLE user_schedule_policies_projection (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id         uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    schedule        jsonb       NOT NULL,
    org_unit_id     uuid,
    effective_from  date,
    effective_until date,
    is_active       boolean     DEFAULT true,
    created_at      timestamptz DEFAULT now(),
    updated_at      timestamptz DEFAULT now(),
    created_by      uuid,
    last_event_id   uuid,
    CONSTRAINT user_schedule_policies_projection_pkey PRIMARY KEY (id),
    CONSTRAINT user_schedule_policies_unique UNIQUE NULLS NOT DISTINCT (user_id, organization_id, org_unit_id),
    CONSTRAINT user_schedule_policies_projection_user_id_fkey
        FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT user_schedule_policies_projection_organization_id_fkey
        FOREIGN KEY (organization_id) REFERENCES organizations_projection (id),
    CONSTRAINT user_schedule_policies_projection_org_unit_id_fkey
        FOREIGN KEY (org_unit_id) REFERENCES organization_units_projection (id),
    CONSTRAINT user_schedule_policies_date_order_check CHECK (
        effective_from IS NULL OR effective_until IS NULL OR effective_from <= effective_until)
);

CREATE INDEX idx_user_schedule_policies_user
    ON user_schedule_policies_projection (user_id) WHERE is_active = true;
CREATE INDEX idx_user_schedule_policies_org_ou
    ON user_schedule_policies_projection (organization_id, org_unit_id) WHERE is_active = true;
CREATE INDEX idx_user_schedule_policies_dates
    ON user_schedule_policies_projection (effective_from, effective_until) WHERE is_active = true;
