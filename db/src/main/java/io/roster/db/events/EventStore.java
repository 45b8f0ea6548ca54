package io.roster.db.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Appends events to {@code domain_events} and reads them back (DESIGN.md §2).
 *
 * <p>Guarantees of {@link #append}: all events of a request are stored in one transaction or none
 * are; the projections change in that transaction (the table's trigger); a key already used writes
 * nothing and returns what the first append stored; a stream whose version differs from the
 * expected one (a stream the request appends to or one it only read), or a concurrent append to a
 * stream the request appends to, raises {@link VersionConflictException} and writes nothing. A
 * stream that is only read is checked when the append runs but not locked: a write to it that
 * commits between that check and this commit goes unnoticed.
 */
public final class EventStore {

  /** Probe size when looking up the events of an idempotency key. */
  private static final int PROBE = 64;

  private final Jdbi jdbi;
  private final AppendObserver observer;

  public EventStore(Jdbi jdbi) {
    this(jdbi, AppendObserver.NONE);
  }

  /** A store that tells {@code observer} about every append once its transaction commits. */
  public EventStore(Jdbi jdbi, AppendObserver observer) {
    this.jdbi = jdbi;
    this.observer = observer;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Appends in a transaction of its own, on a handle of its own: the events are committed or
   * refused independently of any transaction this thread has open (Jdbi's {@code inTransaction}
   * would join a handle the thread already holds on the same {@link Jdbi}). Inside a transaction
   * that has written to the same streams, use {@link #append(Handle, AppendRequest)} instead: a
   * second connection would wait for that transaction's rows.
   */
  public AppendResult append(AppendRequest request) {
    try (var handle = jdbi.open()) {
      return handle.inTransaction(h -> append(h, request));
    } catch (JdbiException e) {
      throw translate(e);
    }
  }

  /**
   * Appends inside the caller's transaction, so a command can read, decide and append atomically,
   * and several commands can share one transaction (one onboarded member).
   */
  public AppendResult append(Handle handle, AppendRequest request) {
    var already = findAppended(handle, request.idempotencyKey());
    if (already.isPresent()) {
      return new AppendResult(true, already.get());
    }
    var next = new HashMap<StreamRef, Integer>();
    for (var event : request.events()) {
      next.computeIfAbsent(event.stream(), stream -> currentVersion(handle, stream, request));
    }
    for (var readOnly : request.expectedVersions().keySet()) {
      if (!next.containsKey(readOnly)) {
        currentVersion(handle, readOnly, request);
      }
    }
    var metadata = json(request.metadata().withIdempotencyKey(request.idempotencyKey()));
    var batch =
        handle.prepareBatch(
            """
            INSERT INTO domain_events
                (id, stream_type, stream_id, stream_version, event_type, event_data, event_metadata)
            VALUES (:id, :stream_type, :stream_id, :stream_version, :event_type,
                    CAST(:event_data AS jsonb), CAST(:event_metadata AS jsonb))
            ON CONFLICT (id) DO NOTHING
            """);
    var ids = new ArrayList<UUID>();
    for (int i = 0; i < request.events().size(); i++) {
      var event = request.events().get(i);
      var id = EventIds.eventId(request.idempotencyKey(), i);
      ids.add(id);
      batch
          .bind("id", id)
          .bind("stream_type", event.stream().type().sqlName())
          .bind("stream_id", event.streamId())
          .bind("stream_version", next.merge(event.stream(), 1, Integer::sum))
          .bind("event_type", event.eventType())
          .bind("event_data", json(event.data()))
          .bind("event_metadata", metadata)
          .add();
    }
    try {
      int[] inserted = batch.execute();
      if (IntStream.of(inserted).anyMatch(n -> n != 1)) {
        throw new VersionConflictException(
            "a concurrent append used idempotency key " + request.idempotencyKey());
      }
    } catch (JdbiException e) {
      throw translate(e);
    }
    var stored = readByIds(handle, ids);
    if (handle.isInTransaction()) {
      handle.afterCommit(() -> tell(stored));
    } else {
      tell(stored);
    }
    return new AppendResult(false, stored);
  }

  /** The events already appended under an idempotency key, if any. */
  public Optional<List<StoredEvent>> findAppended(Handle handle, String idempotencyKey) {
    var found = new ArrayList<StoredEvent>();
    for (int start = 0; ; start += PROBE) {
      var probe =
          IntStream.range(start, start + PROBE)
              .mapToObj(i -> EventIds.eventId(idempotencyKey, i))
              .toList();
      var chunk = readByIds(handle, probe);
      found.addAll(chunk);
      if (chunk.size() < PROBE) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
      }
    }
  }

  /** The current version of a stream: 0 when it has no events. */
  public int streamVersion(Handle handle, StreamRef stream) {
    return handle
        .createQuery(
            """
            SELECT coalesce(max(stream_version), 0) FROM domain_events
            WHERE stream_type = :type AND stream_id = :id
            """)
        .bind("type", stream.type().sqlName())
        .bind("id", stream.id())
        .mapTo(Integer.class)
        .one();
  }

  /** Every event of a stream, in version order. */
  public List<StoredEvent> readStream(Handle handle, StreamRef stream) {
    return handle
        .createQuery(
            """
            SELECT * FROM domain_events WHERE stream_type = :type AND stream_id = :id
            ORDER BY stream_version
            """)
        .bind("type", stream.type().sqlName())
        .bind("id", stream.id())
        .map(new StoredEventMapper())
        .list();
  }

  private List<StoredEvent> readByIds(Handle handle, List<UUID> ids) {
    return handle
        .createQuery("SELECT * FROM domain_events WHERE id = ANY(:ids) ORDER BY global_position")
        .bindArray("ids", UUID.class, ids)
        .map(new StoredEventMapper())
        .list();
  }

  private int currentVersion(Handle handle, StreamRef stream, AppendRequest request) {
    int current = streamVersion(handle, stream);
    Integer expected = request.expectedVersions().get(stream);
    if (expected != null && expected != current) {
      throw new VersionConflictException(
          "%s stream %s is at version %d, the command read version %d"
              .formatted(stream.type().sqlName(), stream.id(), current, expected));
    }
    return current;
  }

  /** An observer's failure must never undo or fail a committed append. */
  private void tell(List<StoredEvent> stored) {
    try {
      observer.committed(stored);
    } catch (RuntimeException ignored) {
      // metrics are best effort
    }
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + value + ": " + e.getMessage(), e);
    }
  }

  /**
   * A unique violation on the stream version, or a serialization failure (a version gap seen by the
   * trigger, a concurrent transaction), is a version conflict; so is a second user with one email:
   * two commands that both found the email free and both created a user (the first committed
   * first), whose loser must decide again and find the user. Anything else passes through.
   */
  static RuntimeException translate(JdbiException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof VersionConflictException conflict) {
        return conflict;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        boolean versionTaken =
            "23505".equals(state)
                && (String.valueOf(sql.getMessage()).contains("domain_events_stream_version_key")
                    || String.valueOf(sql.getMessage()).contains("users_email_key"));
        if (versionTaken || "40001".equals(state) || "40P01".equals(state)) {
          return new VersionConflictException("concurrent append: " + sql.getMessage(), e);
        }
      }
    }
    return e;
  }
}
