package io.roster.worker.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.roster.activities.RosterObserver;
import io.roster.activities.sweeps.SweepKind;
import io.roster.db.events.StoredEvent;
import java.util.List;

/**
 * Roster's own counters, fed by the activities once their transactions commit; Prometheus shows
 * them as {@code roster_events_appended_total{event_type}} (events commands appended), {@code
 * roster_sweep_events_total{kind}} (events the set-based sweeps appended) and {@code
 * roster_onboarding_members_total{outcome}} ({@code succeeded} or {@code failed}).
 */
final class RosterMetrics implements RosterObserver {

  static final String EVENTS_APPENDED = "roster.events.appended";
  static final String SWEEP_EVENTS = "roster.sweep.events";
  static final String ONBOARDING_MEMBERS = "roster.onboarding.members";

  private final MeterRegistry registry;

  RosterMetrics(MeterRegistry registry) {
    this.registry = registry;
    // known label values start at zero, so a dashboard sees the series before the first event
    for (var kind : SweepKind.values()) {
      sweepCounter(kind);
    }
    onboardingCounter(SUCCEEDED);
    onboardingCounter(FAILED);
  }

  @Override
  public void committed(List<StoredEvent> events) {
    for (var event : events) {
      Counter.builder(EVENTS_APPENDED)
          .description("Events appended to domain_events by commands, by event type")
          .tag("event_type", event.eventType())
          .register(registry)
          .increment();
    }
  }

  @Override
  public void sweepEvents(SweepKind kind, long count) {
    sweepCounter(kind).increment(count);
  }

  @Override
  public void onboardingMember(String outcome) {
    onboardingCounter(outcome).increment();
  }

  private Counter sweepCounter(SweepKind kind) {
    return Counter.builder(SWEEP_EVENTS)
        .description("Events appended by the set-based sweeps, by sweep kind")
        .tag("kind", kind.name().toLowerCase())
        .register(registry);
  }

  private Counter onboardingCounter(String outcome) {
    return Counter.builder(ONBOARDING_MEMBERS)
        .description("Staff members whose onboarding outcome was committed, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
