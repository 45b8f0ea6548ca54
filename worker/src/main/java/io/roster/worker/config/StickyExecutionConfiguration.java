package io.roster.worker.config;

import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sticky execution: after a workflow task, the worker keeps the workflow cached and asks the server
 * to send its next task to the worker's own queue for ROSTER_STICKY_SCHEDULE_TO_START (default 5s,
 * the SDK's); a real Temporal server then hands the task to any worker, so a worker that died costs
 * its workflows that long. {@code 0s} turns sticky execution off (every task replays the history).
 * Temporal's in-memory test server never times a sticky task out: a worker killed there strands its
 * workflows on its queue, so whoever restarts workers against that server (the crash test) sets 0s.
 */
@Configuration(proxyBeanMethods = false)
class StickyExecutionConfiguration {

  @Bean
  TemporalOptionsCustomizer<WorkerOptions.Builder> stickyScheduleToStart(
      @Value("${ROSTER_STICKY_SCHEDULE_TO_START:5s}") Duration timeout) {
    return builder -> builder.setStickyQueueScheduleToStartTimeout(timeout);
  }
}
