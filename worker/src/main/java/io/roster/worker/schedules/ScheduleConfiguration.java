package io.roster.worker.schedules;

import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ensures the sweep schedules once the worker is up. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

  @Bean
  SweepSchedules sweepSchedules(
      WorkflowClient workflows,
      ScheduleClient schedules,
      @Value("${roster.task-queue}") String taskQueue) {
    return new SweepSchedules(workflows, schedules, taskQueue);
  }

  @Bean
  ApplicationRunner ensureSweepSchedules(
      SweepSchedules sweepSchedules, @Value("${roster.schedules.enabled:true}") boolean enabled) {
    return args -> {
      if (enabled) {
        sweepSchedules.ensure();
      }
    };
  }
}
