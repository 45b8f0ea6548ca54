package io.roster.worker.schedules;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roster.workflows.notifications.DeliveryRequest;
import io.roster.workflows.notifications.NotificationDeliveryWorkflow;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflow;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;
import io.roster.workflows.sweeps.SweepRequest;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.client.schedules.ScheduleUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the sweeps running: Temporal Schedules {@code roster-role-expiry} and {@code
 * roster-pending-role-activation} (hourly, so every time zone's midnight is met within the hour)
 * and {@code roster-notification-delivery} (every five minutes), created or updated at start-up,
 * overlap skipped, a catch-up window of a day. Where the server answers UNIMPLEMENTED (the embedded
 * server has no Schedules) it starts cron workflows with the same ids instead, once: a restart
 * finds them running and leaves them.
 */
public final class SweepSchedules {

  private static final Logger log = LoggerFactory.getLogger(SweepSchedules.class);
  static final Duration CATCH_UP = Duration.ofDays(1);

  static final List<RecurringSweep> SWEEPS =
      List.of(
          new RecurringSweep(
              "roster-role-expiry",
              RoleExpiryWorkflow.class,
              SweepRequest.now(),
              Duration.ofHours(1),
              "0 * * * *"),
          new RecurringSweep(
              "roster-pending-role-activation",
              PendingRoleActivationWorkflow.class,
              SweepRequest.now(),
              Duration.ofHours(1),
              "0 * * * *"),
          new RecurringSweep(
              "roster-notification-delivery",
              NotificationDeliveryWorkflow.class,
              new DeliveryRequest(0),
              Duration.ofMinutes(5),
              "*/5 * * * *"));

  private final WorkflowClient workflows;
  private final ScheduleClient schedules;
  private final String taskQueue;

  public SweepSchedules(WorkflowClient workflows, ScheduleClient schedules, String taskQueue) {
    this.workflows = workflows;
    this.schedules = schedules;
    this.taskQueue = taskQueue;
  }

  /** Creates or updates every schedule, or falls back to cron workflows; says what it did. */
  public EnsuredSweeps ensure() {
    var created = new ArrayList<String>();
    var kept = new ArrayList<String>();
    try {
      for (var sweep : SWEEPS) {
        (ensureSchedule(sweep) ? created : kept).add(sweep.id());
      }
      return new EnsuredSweeps(Mode.SCHEDULES, created, kept);
    } catch (RuntimeException e) {
      if (!unimplemented(e)) {
        throw e;
      }
      log.info(
          "This Temporal server has no Schedules (UNIMPLEMENTED): running the sweeps as cron workflows with the same ids");
      created.clear();
      kept.clear();
      for (var sweep : SWEEPS) {
        (ensureCron(sweep) ? created : kept).add(sweep.id());
      }
      return new EnsuredSweeps(Mode.CRON_WORKFLOWS, created, kept);
    }
  }

  /** How the recurring sweeps run. */
  public enum Mode {
    SCHEDULES,
    CRON_WORKFLOWS
  }

  /** True when it created the schedule, false when it updated an existing one. */
  private boolean ensureSchedule(RecurringSweep sweep) {
    var schedule =
        Schedule.newBuilder()
            .setAction(
                ScheduleActionStartWorkflow.newBuilder()
                    .setWorkflowType(sweep.workflowType())
                    .setArguments(sweep.argument())
                    .setOptions(
                        WorkflowOptions.newBuilder()
                            .setWorkflowId(sweep.id().replace("roster-", ""))
                            .setTaskQueue(taskQueue)
                            .setStaticSummary(summary(sweep))
                            .build())
                    .build())
            .setSpec(
                ScheduleSpec.newBuilder()
                    .setIntervals(List.of(new ScheduleIntervalSpec(sweep.every())))
                    .build())
            .setPolicy(
                SchedulePolicy.newBuilder()
                    .setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP)
                    .setCatchupWindow(CATCH_UP)
                    .build())
            .build();
    try {
      schedules.createSchedule(sweep.id(), schedule, ScheduleOptions.newBuilder().build());
      log.info("Schedule {} created (every {})", sweep.id(), sweep.every());
      return true;
    } catch (ScheduleAlreadyRunningException exists) {
      schedules.getHandle(sweep.id()).update(input -> new ScheduleUpdate(schedule));
      log.info("Schedule {} updated (every {})", sweep.id(), sweep.every());
      return false;
    }
  }

  /** True when it started the cron workflow, false when one was running already. */
  private boolean ensureCron(RecurringSweep sweep) {
    var stub =
        workflows.newUntypedWorkflowStub(
            typeName(sweep),
            WorkflowOptions.newBuilder()
                .setWorkflowId(sweep.id())
                .setTaskQueue(taskQueue)
                .setCronSchedule(sweep.cron())
                .setStaticSummary(summary(sweep))
                .build());
    try {
      stub.start(sweep.argument());
      log.info("Cron workflow {} started ({})", sweep.id(), sweep.cron());
      return true;
    } catch (WorkflowExecutionAlreadyStarted running) {
      log.info("Cron workflow {} already running: left as it is", sweep.id());
      return false;
    }
  }

  /** The line the Temporal UI shows for each run the schedule starts. */
  private static String summary(RecurringSweep sweep) {
    return "Recurring %s (every %s, %s)".formatted(typeName(sweep), sweep.every(), sweep.id());
  }

  /** The workflow type name Temporal registers for an interface: its simple name. */
  private static String typeName(RecurringSweep sweep) {
    return sweep.workflowType().getSimpleName();
  }

  private static boolean unimplemented(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StatusRuntimeException status
          && status.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
        return true;
      }
    }
    return false;
  }
}
