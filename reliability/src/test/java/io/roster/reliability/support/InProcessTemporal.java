package io.roster.reliability.support;

import io.roster.activities.RosterActivities;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.workflows.onboarding.OnboardOrganizationStaffWorkflowImpl;
import io.roster.workflows.onboarding.OnboardingInput;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflowImpl;
import io.roster.workflows.sweeps.RoleExpiryWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Temporal's test environment in real time (no time skipping: retries and timeouts take the time
 * they take) with one worker running Roster's onboarding and sweep workflows over the real
 * activities of one database.
 */
public final class InProcessTemporal implements AutoCloseable {

  private final TestWorkflowEnvironment env;
  private final String taskQueue;
  private final Jdbi jdbi;

  private InProcessTemporal(TestWorkflowEnvironment env, String taskQueue, Jdbi jdbi) {
    this.env = env;
    this.taskQueue = taskQueue;
    this.jdbi = jdbi;
  }

  public static InProcessTemporal start(Jdbi jdbi, String taskQueue) {
    var env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());
    var worker = env.newWorker(taskQueue);
    worker.registerWorkflowImplementationTypes(
        OnboardOrganizationStaffWorkflowImpl.class,
        RoleExpiryWorkflowImpl.class,
        PendingRoleActivationWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        RosterActivities.create(jdbi, Optional.empty()).all().toArray());
    env.start();
    return new InProcessTemporal(env, taskQueue, jdbi);
  }

  public WorkflowClient client() {
    return env.getWorkflowClient();
  }

  /** A stub of a new workflow with this id on the worker's task queue. */
  public <T> T workflow(Class<T> type, String workflowId) {
    return client()
        .newWorkflowStub(
            type,
            WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(workflowId).build());
  }

  /** Submits onboardings in batches of {@code batchSize}, {@code parallelism} at once. */
  public OnboardingSubmitter submitter(int batchSize, int parallelism) {
    return new OnboardingSubmitter(
        client(),
        taskQueue,
        new OnboardingRequestStore(jdbi),
        new OnboardingInput(null, null, batchSize, parallelism, 0, 0, null));
  }

  @Override
  public void close() {
    env.close();
  }
}
