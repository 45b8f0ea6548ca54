package io.roster.worker.observability;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code startup} health component: UP once the migrations are applied, the worker polls and
 * the schedules are ensured; DOWN with the step it waits on until then. Part of readiness.
 */
final class StartupHealthIndicator extends AbstractHealthIndicator {

  private final StartupState state;

  StartupHealthIndicator(StartupState state) {
    this.state = state;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    (state.ready() ? builder.up() : builder.down()).withDetails(state.details());
  }
}
