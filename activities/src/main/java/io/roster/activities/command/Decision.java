package io.roster.activities.command;

import io.roster.db.events.PendingEvent;
import io.roster.db.events.StreamRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command decided: the events to append (possibly none), the stream versions the decision
 * was based on, and the result to return.
 */
public final class Decision<R> {

  private final List<PendingEvent> events = new ArrayList<>();
  private final Map<StreamRef, Integer> expectedVersions = new HashMap<>();
  private R result;

  private Decision(R result) {
    this.result = result;
  }

  public static <R> Decision<R> of(R result) {
    return new Decision<>(result);
  }

  public static <R> Decision<R> empty() {
    return new Decision<>(null);
  }

  public Decision<R> emit(PendingEvent event) {
    events.add(event);
    return this;
  }

  public Decision<R> emit(String eventType, java.util.UUID streamId, Object data) {
    return emit(new PendingEvent(eventType, streamId, data));
  }

  /** The decision read {@code stream} at {@code version}; the append fails if it moved since. */
  public Decision<R> expecting(StreamRef stream, int version) {
    expectedVersions.put(stream, version);
    return this;
  }

  public Decision<R> result(R newResult) {
    this.result = newResult;
    return this;
  }

  public List<PendingEvent> events() {
    return List.copyOf(events);
  }

  public Map<StreamRef, Integer> expectedVersions() {
    return Map.copyOf(expectedVersions);
  }

  public R result() {
    return result;
  }

  /** The id the i-th event of this decision will have (see {@code EventIds.eventId}). */
  public int nextEventIndex() {
    return events.size();
  }
}
