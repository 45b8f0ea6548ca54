package io.roster.db.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** An event as {@code domain_events} holds it. */
public record StoredEvent(
    UUID id,
    long globalPosition,
    StreamType streamType,
    UUID streamId,
    int streamVersion,
    String eventType,
    JsonNode data,
    JsonNode metadata,
    Instant createdAt) {}
