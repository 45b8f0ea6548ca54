package io.roster.db.events;

import java.util.List;

/**
 * Told about events once their transaction has committed: a hook for metrics that keeps this module
 * free of any metrics library. Events a transaction appended and then rolled back, and appends that
 * found their key already used, are never reported. Called on the committing thread: keep it cheap
 * and never throw.
 */
@FunctionalInterface
public interface AppendObserver {

  AppendObserver NONE = events -> {};

  void committed(List<StoredEvent> events);
}
