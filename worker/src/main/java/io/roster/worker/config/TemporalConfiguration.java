package io.roster.worker.config;

import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.workflows.onboarding.OnboardingInput;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.temporal.client.WorkflowClient;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.worker.WorkerOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Temporal: a real cluster at TEMPORAL_ADDRESS, else the in-memory server in real time. The starter
 * builds the client and the worker (application.yml); the start-up sequence starts the worker once
 * the database is migrated and the server answers ({@link ServiceStartup}).
 */
@Configuration(proxyBeanMethods = false)
class TemporalConfiguration {

  /** The embedded server must keep real time: time skipping would fire schedules at once. */
  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> realTimeEmbeddedServer() {
    return builder -> builder.setUseTimeskipping(false);
  }

  /**
   * Activities heartbeat after every member or batch; by default a heartbeat after shutdown began
   * throws, which would abort the very activities the grace period lets finish.
   */
  @Bean
  TemporalOptionsCustomizer<WorkerOptions.Builder> finishActivitiesOnShutdown() {
    return builder -> builder.setAllowActivityHeartbeatDuringShutdown(true);
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
}
