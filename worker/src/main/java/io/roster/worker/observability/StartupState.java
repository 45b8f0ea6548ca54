package io.roster.worker.observability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the service's start-up stands, step by step (database migrations, Temporal, search
 * attributes, worker, schedules): what the {@code startup} health component reports. Ready once
 * every step is done.
 */
public final class StartupState {

  /** The steps, in the order they run. */
  public enum Step {
    DATABASE,
    TEMPORAL,
    SEARCH_ATTRIBUTES,
    WORKER,
    SCHEDULES
  }

  private final Map<Step, String> steps = new LinkedHashMap<>();
  private final Map<Step, Boolean> done = new LinkedHashMap<>();

  public StartupState() {
    for (var step : Step.values()) {
      steps.put(step, "pending");
      done.put(step, false);
    }
  }

  public synchronized void waiting(Step step, String why) {
    steps.put(step, "waiting: " + why);
  }

  public synchronized void done(Step step, String what) {
    steps.put(step, what);
    done.put(step, true);
  }

  public synchronized boolean ready() {
    return !done.containsValue(false);
  }

  /** Each step and what it says, for the health details. */
  public synchronized Map<String, String> details() {
    var details = new LinkedHashMap<String, String>();
    steps.forEach((step, text) -> details.put(step.name().toLowerCase(), text));
    return details;
  }
}
