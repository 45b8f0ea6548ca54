-- The event store (DESIGN.md §2): domain_events is the source of truth; every projection is
-- derived from it by the AFTER INSERT trigger of R__21_process_domain_event_trigger.sql.
--
-- Guarantees enforced here:
--   * id is the event id, derived by the writer from its idempotency key (UUID v5), so a
--     retried command that inserts with ON CONFLICT (id) DO NOTHING writes nothing twice;
--   * global_position gives the total order used by rebuild_projections();
--   * (stream_type, stream_id, stream_version) is unique: two writers that read the same
--     stream version cannot both append (optimistic concurrency); gaps are refused by the trigger;
--   * an event's stream type is the first segment of its event type (user.role.assigned lives
--     in a 'user' stream), and only the six stream types of the catalogue exist.
CREATE TABLE domain_events (
    id              uuid        PRIMARY KEY,
    global_position bigint      GENERATED ALWAYS AS IDENTITY,
    stream_type     text        NOT NULL,
    stream_id       uuid        NOT NULL,
    stream_version  integer     NOT NULL,
    event_type      text        NOT NULL,
    event_data      jsonb       NOT NULL,
    event_metadata  jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT domain_events_global_position_key UNIQUE (global_position),
    CONSTRAINT domain_events_stream_version_key UNIQUE (stream_type, stream_id, stream_version),
    CONSTRAINT domain_events_stream_type_check CHECK (stream_type IN
        ('organization', 'organization_unit', 'user', 'role', 'permission', 'schedule')),
    CONSTRAINT domain_events_event_type_stream_check CHECK (split_part(event_type, '.', 1) = stream_type),
    CONSTRAINT domain_events_stream_version_check CHECK (stream_version >= 1),
    CONSTRAINT domain_events_event_data_check CHECK (jsonb_typeof(event_data) = 'object'),
    CONSTRAINT domain_events_event_metadata_check CHECK (jsonb_typeof(event_metadata) = 'object')
);

CREATE INDEX idx_domain_events_type ON domain_events (event_type);
CREATE INDEX idx_domain_events_correlation ON domain_events ((event_metadata ->> 'correlation_id'));

COMMENT ON TABLE domain_events IS
    'Source of truth: every change to Roster as an event; projections are derived from it.';
