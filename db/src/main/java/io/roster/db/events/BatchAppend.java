package io.roster.db.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Appends the events of many requests (many commands) with one query for the streams' versions and
 * one INSERT, in the caller's transaction: what {@link EventStore#append(Handle, AppendRequest)}
 * does per request, without a round trip per request.
 *
 * <p>Guarantees: every event of every request is stored, with ids {@code EventIds.eventId(key, i)}
 * and the metadata of its request, in the order given, or the statement fails and the caller's
 * transaction must roll back; versions continue per stream across the requests in order, and each
 * request's expected versions must equal the version the requests before it leave (else {@link
 * VersionConflictException}); a key used before, or a concurrent append to one of the streams,
 * raises {@link VersionConflictException}. Unlike {@code append}, a key used before is not answered
 * with its events: the batch is refused, and the caller decides again one request at a time.
 */
final class BatchAppend {

  private BatchAppend() {}

  static void appendAll(Handle handle, List<AppendRequest> requests) {
    var streams = new LinkedHashSet<StreamRef>();
    requests.forEach(r -> r.events().forEach(e -> streams.add(e.stream())));
    requests.forEach(r -> streams.addAll(r.expectedVersions().keySet()));
    var next = currentVersions(handle, new ArrayList<>(streams));
    var ids = new ArrayList<UUID>();
    var types = new ArrayList<String>();
    var streamIds = new ArrayList<UUID>();
    var versions = new ArrayList<Integer>();
    var eventTypes = new ArrayList<String>();
    var data = new ArrayList<String>();
    var metadata = new ArrayList<String>();
    for (var request : requests) {
      for (var expected : request.expectedVersions().entrySet()) {
        int current = next.get(expected.getKey());
        if (current != expected.getValue()) {
          throw new VersionConflictException(
              "%s stream %s is at version %d, the command read version %d"
                  .formatted(
                      expected.getKey().type().sqlName(),
                      expected.getKey().id(),
                      current,
                      expected.getValue()));
        }
      }
      var meta = json(request.metadata().withIdempotencyKey(request.idempotencyKey()));
      for (int i = 0; i < request.events().size(); i++) {
        var event = request.events().get(i);
        ids.add(EventIds.eventId(request.idempotencyKey(), i));
        types.add(event.stream().type().sqlName());
        streamIds.add(event.streamId());
        versions.add(next.merge(event.stream(), 1, Integer::sum));
        eventTypes.add(event.eventType());
        data.add(json(event.data()));
        metadata.add(meta);
      }
    }
    int inserted;
    try {
      inserted =
          handle
              .createUpdate(
                  """
                  INSERT INTO domain_events
                      (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
                  SELECT e.id, e.stream_type, e.stream_id, e.stream_version, e.event_type,
                         CAST(e.event_data AS jsonb), CAST(e.event_metadata AS jsonb)
                  FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS text[]), CAST(:stream_ids AS uuid[]),
                              CAST(:versions AS integer[]), CAST(:event_types AS text[]),
                              CAST(:data AS text[]), CAST(:metadata AS text[]))
                       WITH ORDINALITY AS e (id, stream_type, stream_id, stream_version, event_type,
                                             event_data, event_metadata, n)
                  ORDER BY e.n
                  ON CONFLICT (id) DO NOTHING
                  """)
              .bindArray("ids", UUID.class, ids)
              .bindArray("types", String.class, types)
              .bindArray("stream_ids", UUID.class, streamIds)
              .bindArray("versions", Integer.class, versions)
              .bindArray("event_types", String.class, eventTypes)
              .bindArray("data", String.class, data)
              .bindArray("metadata", String.class, metadata)
              .execute();
    } catch (JdbiException e) {
      throw EventStore.translate(e);
    }
    if (inserted != ids.size()) {
      throw new VersionConflictException(
          "%d of %d events were appended before under their keys"
              .formatted(ids.size() - inserted, ids.size()));
    }
  }

  /** The current version of each stream (0 for a stream with no events), in one query. */
  private static HashMap<StreamRef, Integer> currentVersions(
      Handle handle, List<StreamRef> streams) {
    var versions = new HashMap<StreamRef, Integer>();
    handle
        .createQuery(
            """
            SELECT s.n, (SELECT coalesce(max(d.stream_version), 0) FROM domain_events d
                         WHERE d.stream_type = s.stream_type AND d.stream_id = s.stream_id)
            FROM unnest(CAST(:types AS text[]), CAST(:ids AS uuid[])) WITH ORDINALITY AS s (stream_type, stream_id, n)
            """)
        .bindArray("types", String.class, streams.stream().map(s -> s.type().sqlName()).toList())
        .bindArray("ids", UUID.class, streams.stream().map(StreamRef::id).toList())
        .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2)})
        .forEach(row -> versions.put(streams.get(row[0] - 1), row[1]));
    return versions;
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + value + ": " + e.getMessage(), e);
    }
  }
}
