package io.roster.bench.infra;

import io.roster.bench.onboarding.SequentialOnboardingWorkflowImpl;
import io.roster.workflows.notifications.NotificationDeliveryWorkflowImpl;
import io.roster.workflows.onboarding.OnboardOrganizationStaffWorkflowImpl;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflowImpl;
import io.roster.workflows.sweeps.RoleExpiryWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.List;

/**
 * Temporal's in-process test server (time skipping on) with one worker on {@value #TASK_QUEUE}
 * running Roster's real workflows, the bench's one-command-at-a-time onboarding, and the activities
 * given (the real ones, over the scenario's database).
 */
public final class BenchTemporal implements AutoCloseable {

  public static final String TASK_QUEUE = "roster-bench";

  private final TestWorkflowEnvironment env;

  public BenchTemporal(List<Object> activities) {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setUseTimeskipping(true).build());
    var worker = env.newWorker(TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(
        OnboardOrganizationStaffWorkflowImpl.class,
        RoleExpiryWorkflowImpl.class,
        PendingRoleActivationWorkflowImpl.class,
        NotificationDeliveryWorkflowImpl.class,
        SequentialOnboardingWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities.toArray());
    env.start();
  }

  public WorkflowClient client() {
    return env.getWorkflowClient();
  }

  public <T> T newWorkflow(Class<T> type, String workflowId) {
    return client()
        .newWorkflowStub(
            type,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TASK_QUEUE)
                .setWorkflowId(workflowId)
                .build());
  }

  @Override
  public void close() {
    env.close();
  }
}
