package io.roster.worker.config;

import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the worker gracefully: no new tasks at once, then up to the grace period for running
 * activities to finish (they may keep heartbeating meanwhile, TemporalConfiguration), then an
 * interrupt for whatever still runs; Temporal retries those elsewhere, every activity being
 * idempotent.
 */
final class WorkerDrain {

  private static final Logger log = LoggerFactory.getLogger(WorkerDrain.class);

  private final WorkerFactory workers;
  private final Duration grace;

  WorkerDrain(WorkerFactory workers, Duration grace) {
    this.workers = workers;
    this.grace = grace;
  }

  void drain() {
    if (!workers.isStarted() || workers.isShutdown()) {
      return;
    }
    log.info(
        "Stopping the worker: no new tasks, up to {} s for running activities to finish",
        grace.toSeconds());
    workers.shutdown();
    // a little under the phase timeout, so this gives up before Spring moves on and closes the pool
    var bound = grace.compareTo(Duration.ofSeconds(1)) > 0 ? grace.minusMillis(500) : grace;
    workers.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS);
    if (workers.isTerminated()) {
      log.info("Worker stopped; every running activity finished");
    } else {
      log.warn(
          "Activities still running after {} s: interrupting them (Temporal retries them)",
          grace.toSeconds());
      workers.shutdownNow();
    }
  }
}
