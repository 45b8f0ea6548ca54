-- process_domain_event(): the AFTER INSERT FOR EACH ROW trigger of domain_events.
-- Guarantees:
--   * projections change in the same transaction as the event that causes it;
--   * AFTER, not BEFORE: a row skipped by INSERT ... ON CONFLICT (id) DO NOTHING fires no
--     trigger, so a retried command never reaches a projection twice;
--   * stream versions have no gaps: version n > 1 needs version n - 1 of the same stream;
--   * fail closed: any error here (gap, unknown event type, processor failure) aborts the
--     insert, so no event is stored that its projections do not reflect.
CREATE OR REPLACE FUNCTION process_domain_event()
    RETURNS trigger
    LANGUAGE plpgsql
    VOLATILE
AS $$
BEGIN
    IF NEW.stream_version > 1 AND NOT EXISTS (
        SELECT 1 FROM domain_events e
        WHERE e.stream_type = NEW.stream_type
          AND e.stream_id = NEW.stream_id
          AND e.stream_version = NEW.stream_version - 1) THEN
        RAISE EXCEPTION 'event % would leave a gap: % stream % has no version %',
            NEW.id, NEW.stream_type, NEW.stream_id, NEW.stream_version - 1
            USING ERRCODE = '40001', DETAIL = 'stream_version_gap';
    END IF;
    PERFORM apply_domain_event(NEW);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE TRIGGER process_domain_event_trigger
    AFTER INSERT ON domain_events
    FOR EACH ROW
    EXECUTE FUNCTION process_domain_event();
