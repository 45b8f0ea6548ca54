package io.roster.workflows.onboarding;

import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StoreOnboarding;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;

/**
 * Submits onboarding requests: stores the staff in onboarding_requests, then starts {@link
 * OnboardOrganizationStaffWorkflow} with id {@code onboard-staff/<org>/<request>}.
 *
 * <p>Guarantees: the same request submitted again (running or completed) attaches to the first run
 * and writes nothing new; a run that failed may be resubmitted, and skips the members it had
 * already done.
 */
public final class OnboardingSubmitter {

  private final WorkflowClient client;
  private final String taskQueue;
  private final OnboardingRequestStore store;
  private final OnboardingInput defaults;

  public OnboardingSubmitter(
      WorkflowClient client,
      String taskQueue,
      OnboardingRequestStore store,
      OnboardingInput defaults) {
    this.client = client;
    this.taskQueue = taskQueue;
    this.store = store;
    this.defaults = defaults;
  }

  public OnboardingSubmission submit(StoreOnboarding request) {
    int total = store.store(request);
    var workflowId =
        OnboardOrganizationStaffWorkflow.workflowId(request.organizationId(), request.requestId());
    var workflow =
        client.newWorkflowStub(
            OnboardOrganizationStaffWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(workflowId)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY)
                .build());
    var input =
        new OnboardingInput(
            request.organizationId(),
            request.requestId(),
            defaults.batchSize(),
            defaults.parallelism(),
            defaults.batchesPerRun(),
            0,
            null);
    try {
      var execution = WorkflowClient.start(workflow::onboard, input);
      return new OnboardingSubmission(workflowId, execution.getRunId(), total, true);
    } catch (WorkflowExecutionAlreadyStarted already) {
      return new OnboardingSubmission(workflowId, already.getExecution().getRunId(), total, false);
    }
  }
}
