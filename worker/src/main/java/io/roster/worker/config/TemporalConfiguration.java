package io.roster.worker.config;

import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.workflows.onboarding.OnboardingInput;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.temporal.client.WorkflowClient;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Temporal: a real cluster at TEMPORAL_ADDRESS, else the in-memory server in real time. The starter
 * builds the client and the worker (application.yml); this adds what Roster needs.
 */
@Configuration(proxyBeanMethods = false)
class TemporalConfiguration {

  private static final Logger log = LoggerFactory.getLogger(TemporalConfiguration.class);

  /** The embedded server must keep real time: time skipping would fire schedules at once. */
  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> realTimeEmbeddedServer() {
    return builder -> builder.setUseTimeskipping(false);
  }

  @Bean
  OnboardingSubmitter onboardingSubmitter(
      WorkflowClient client,
      OnboardingRequestStore store,
      @Value("${roster.task-queue}") String taskQueue,
      @Value("${roster.onboarding.batch-size:50}") int batchSize,
      @Value("${roster.onboarding.parallelism:4}") int parallelism) {
    return new OnboardingSubmitter(
        client,
        taskQueue,
        store,
        new OnboardingInput(null, null, batchSize, parallelism, 0, 0, null));
  }

  /** Says which servers are embedded, and how to use real ones. */
  @Bean
  ApplicationRunner announceServers(
      @Value("${spring.temporal.test-server.enabled:false}") boolean embeddedTemporal,
      @Value("${spring.temporal.connection.target:}") String target,
      @Value("${ROSTER_DB_URL:}") String databaseUrl) {
    return args -> {
      if (embeddedTemporal) {
        log.info(
            "Temporal: embedded in-memory server in real time (set TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE for a real cluster)");
      } else {
        log.info("Temporal: {}", target);
      }
      if (databaseUrl.isBlank()) {
        log.info(
            "PostgreSQL: embedded (set ROSTER_DB_URL, ROSTER_DB_USER and ROSTER_DB_PASSWORD for a real server)");
      }
    };
  }
}
