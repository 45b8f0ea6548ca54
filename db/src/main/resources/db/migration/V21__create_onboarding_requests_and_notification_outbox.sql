-- Workflow support tables (DESIGN.md §8).
--
-- onboarding_requests: one row per staff member of an onboarding request. The request is stored
-- here by whoever submits it, so the workflow carries only (organization_id, request_id), never
-- the staff list; each member's outcome is written in the same transaction as its events
-- (succeeded) or right after its refusal (failed), so progress is readable here at any time and
-- a retried batch skips the members already done. Write-side bookkeeping, like the event store:
-- no foreign key to a projection (rebuild_projections() empties those), and row-level security
-- on with no policy, so only the service (table owner) and service_role read it.
CREATE TABLE onboarding_requests (
    organization_id uuid        NOT NULL,
    request_id      text        NOT NULL,
    member_index    integer     NOT NULL,
    actor_id        uuid,
    member          jsonb       NOT NULL,
    status          text        NOT NULL DEFAULT 'pending',
    user_id         uuid,
    failure_code    text,
    failure_message text,
    submitted_at    timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    CONSTRAINT onboarding_requests_pkey PRIMARY KEY (organization_id, request_id, member_index),
    CONSTRAINT onboarding_requests_status_check CHECK (status IN ('pending', 'succeeded', 'failed')),
    CONSTRAINT onboarding_requests_request_id_check CHECK (request_id ~ '^[A-Za-z0-9._:-]{1,100}$'),
    CONSTRAINT onboarding_requests_outcome_check CHECK (
        (status = 'pending' AND completed_at IS NULL)
        OR (status = 'succeeded' AND user_id IS NOT NULL AND completed_at IS NOT NULL)
        OR (status = 'failed' AND failure_code IS NOT NULL AND completed_at IS NOT NULL))
);

ALTER TABLE onboarding_requests ENABLE ROW LEVEL SECURITY;

CREATE INDEX idx_onboarding_requests_failed
    ON onboarding_requests (organization_id, request_id, member_index) WHERE status = 'failed';

-- notification_outbox: one row per activation, expiry and expiry notice, written by the
-- user.role.* processor in the transaction of its event (row id = event id), so a notice can
-- neither be lost nor doubled. Delivery marks delivered_at; rebuild_projections() leaves this
-- table alone (replayed events find their row already there).
CREATE TABLE notification_outbox (
    id                uuid        PRIMARY KEY,
    recipient_user_id uuid        NOT NULL,
    kind              text        NOT NULL,
    role_id           uuid        NOT NULL,
    role_name         text,
    organization_id   uuid,
    role_valid_from   date,
    role_valid_until  date,
    days_before       integer,
    created_at        timestamptz NOT NULL,
    delivered_at      timestamptz,
    attempts          integer     NOT NULL DEFAULT 0,
    last_error        text,
    CONSTRAINT notification_outbox_kind_check CHECK (kind IN ('role_activated', 'role_expired', 'role_expiry_notice'))
);

ALTER TABLE notification_outbox ENABLE ROW LEVEL SECURITY;

CREATE INDEX idx_notification_outbox_undelivered ON notification_outbox (created_at) WHERE delivered_at IS NULL;

-- The sweeps find due rows through these partial indexes instead of scanning every assignment.
CREATE INDEX idx_user_roles_due_expiry ON user_roles_projection (role_valid_until)
    WHERE role_valid_until IS NOT NULL AND expired_at IS NULL;
CREATE INDEX idx_user_roles_due_activation ON user_roles_projection (role_valid_from)
    WHERE role_valid_from IS NOT NULL AND activated_at IS NULL;
