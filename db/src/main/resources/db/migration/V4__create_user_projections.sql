-- Users and their per-organization access windows (DESIGN.md §4, 004 "user_org_access").
--
-- Emails are stored normalized (trimmed, lower case) and are unique.
-- user_org_access holds the window inside which a user's roles in an organization count;
-- get_user_active_roles() intersects it with each role's own window.

CREATE TABLE users (
    id            uuid        PRIMARY KEY,
    email         text        NOT NULL,
    first_name    text        NOT NULL,
    last_name     text        NOT NULL,
    is_active     boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    last_event_id uuid,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_email_normalized_check CHECK (email = lower(btrim(email)))
);

CREATE TABLE user_org_access (
    user_id                uuid        NOT NULL REFERENCES users (id),
    org_id                 uuid        NOT NULL REFERENCES organizations_projection (id),
    access_start_date      date,
    access_expiration_date date,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    last_event_id          uuid,
    CONSTRAINT user_org_access_pkey PRIMARY KEY (user_id, org_id),
    CONSTRAINT user_org_access_date_order_check CHECK (
        access_start_date IS NULL OR access_expiration_date IS NULL
        OR access_start_date <= access_expiration_date)
);

CREATE INDEX idx_user_org_access_org ON user_org_access (org_id);
