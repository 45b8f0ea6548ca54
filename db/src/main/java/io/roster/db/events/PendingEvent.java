package io.roster.db.events;

import java.util.Objects;
import java.util.UUID;

/**
 * An event a command wants to append: its type, the stream it belongs to (its type is the event
 * type's prefix) and its payload, a record or a map serialized to snake_case JSON.
 */
public record PendingEvent(String eventType, UUID streamId, Object data) {

  public PendingEvent {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(streamId, "streamId");
    Objects.requireNonNull(data, "data");
    StreamType.ofEventType(eventType);
  }

  public StreamRef stream() {
    return new StreamRef(StreamType.ofEventType(eventType), streamId);
  }
}
