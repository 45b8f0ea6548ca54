package io.roster.worker.observability;

import io.temporal.worker.WorkerFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code temporal} health component: UP while the server answers for Roster's namespace
 * (describeNamespace, a short deadline), with whether the worker polls. Part of readiness.
 */
final class TemporalHealthIndicator extends AbstractHealthIndicator {

  private final TemporalProbe probe;
  private final WorkerFactory workers;

  TemporalHealthIndicator(TemporalProbe probe, WorkerFactory workers) {
    this.probe = probe;
    this.workers = workers;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder
        .withDetail("target", probe.target())
        .withDetail("namespace", probe.namespace())
        .withDetail(
            "worker",
            workers.isShutdown() ? "stopped" : workers.isStarted() ? "polling" : "not started");
    try {
      probe.check();
      builder.up();
    } catch (RuntimeException e) {
      // reported, not thrown: a probe every few seconds must not log a stack trace each time
      builder.down().withDetail("error", e.getMessage());
    }
  }
}
