package io.roster.db.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command's events, appended all or nothing.
 *
 * @param idempotencyKey the command's key: event i gets id {@code EventIds.eventId(key, i)}
 * @param metadata why the events are written (the store adds the key)
 * @param events the events in order; versions are assigned per stream in this order
 * @param expectedVersions for each stream the command decided on, the version it read (0 for a
 *     stream with no events); a stream not listed is appended at whatever version it has
 */
public record AppendRequest(
    String idempotencyKey,
    EventMetadata metadata,
    List<PendingEvent> events,
    Map<StreamRef, Integer> expectedVersions) {

  public AppendRequest {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(metadata, "metadata");
    if (idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("idempotencyKey must not be blank");
    }
    if (events == null || events.isEmpty()) {
      throw new IllegalArgumentException("an append needs at least one event");
    }
    events = List.copyOf(events);
    expectedVersions = Map.copyOf(expectedVersions == null ? Map.of() : expectedVersions);
  }

  public static AppendRequest of(String key, EventMetadata metadata, PendingEvent... events) {
    return new AppendRequest(key, metadata, List.of(events), Map.of());
  }

  public AppendRequest expecting(StreamRef stream, int version) {
    var versions = new java.util.HashMap<>(expectedVersions);
    versions.put(stream, version);
    return new AppendRequest(idempotencyKey, metadata, events, versions);
  }
}
