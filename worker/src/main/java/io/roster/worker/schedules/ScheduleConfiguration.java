package io.roster.worker.schedules;

import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sweep schedules; the start-up sequence ensures them once the worker polls. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

  @Bean
  SweepSchedules sweepSchedules(
      WorkflowClient workflows,
      ScheduleClient schedules,
      @Value("${roster.task-queue}") String taskQueue) {
    return new SweepSchedules(workflows, schedules, taskQueue);
  }
}
