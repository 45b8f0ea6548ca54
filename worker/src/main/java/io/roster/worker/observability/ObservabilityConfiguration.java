package io.roster.worker.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.roster.activities.RosterObserver;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health components ({@code temporal} and {@code startup}; {@code db} is Spring Boot's own),
 * Roster's counters, and the search attributes of onboarding workflows.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

  // ---- health: readiness includes db, temporal and startup (application.yml) ----

  @Bean
  StartupState startupState() {
    return new StartupState();
  }

  @Bean
  TemporalProbe temporalProbe(
      WorkflowServiceStubs stubs,
      @Value("${spring.temporal.namespace}") String namespace,
      @Value("${spring.temporal.test-server.enabled:false}") boolean embedded,
      @Value("${spring.temporal.connection.target:}") String target) {
    return new TemporalProbe(
        stubs, namespace, embedded ? "embedded in-memory server" : target, Duration.ofSeconds(3));
  }

  @Bean
  TemporalHealthIndicator temporalHealthIndicator(TemporalProbe probe, WorkerFactory workers) {
    return new TemporalHealthIndicator(probe, workers);
  }

  @Bean
  StartupHealthIndicator startupHealthIndicator(StartupState state) {
    return new StartupHealthIndicator(state);
  }

  // ---- metrics: Temporal's own come from the starter, through the same MeterRegistry ----

  @Bean
  RosterObserver rosterMetrics(MeterRegistry registry) {
    return new RosterMetrics(registry);
  }

  // ---- search attributes ----

  @Bean
  SearchAttributeRegistrar searchAttributeRegistrar(
      WorkflowServiceStubs stubs,
      @Value("${spring.temporal.namespace}") String namespace,
      OnboardingSubmitter submitter) {
    return new SearchAttributeRegistrar(stubs.getRawChannel(), namespace, submitter);
  }
}
