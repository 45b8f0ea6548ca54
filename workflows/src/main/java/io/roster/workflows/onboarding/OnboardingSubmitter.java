package io.roster.workflows.onboarding;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StoreOnboarding;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.common.SearchAttributes;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits onboarding requests: stores the staff in onboarding_requests, then starts {@link
 * OnboardOrganizationStaffWorkflow} with id {@code onboard-staff/<org>/<request>}, the search
 * attributes of {@link OnboardingSearchAttributes} and a summary the Temporal UI shows.
 *
 * <p>Guarantees: the same request submitted again (running or completed) attaches to the first run
 * and writes nothing new; a run that failed may be resubmitted, and skips the members it had
 * already done.
 *
 * <p>Search attributes are opt-in and best effort: workflows carry them once the worker has
 * registered them ({@link #useSearchAttributes}), never after it was told the server refused them
 * ({@link #withoutSearchAttributes}, logged once); a start the server still refuses for them (say,
 * registered moments ago and not yet known to every frontend) is retried without them, also logged
 * once. (Opt-in because the embedded test server keeps a broken run behind a start it refused.)
 */
public final class OnboardingSubmitter {

  private static final Logger log = LoggerFactory.getLogger(OnboardingSubmitter.class);

  private final WorkflowClient client;
  private final String taskQueue;
  private final OnboardingRequestStore store;
  private final OnboardingInput defaults;
  private final AtomicBoolean searchAttributes = new AtomicBoolean(false);
  private final AtomicBoolean refusalLogged = new AtomicBoolean(false);

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
    var input =
        new OnboardingInput(
            request.organizationId(),
            request.requestId(),
            defaults.batchSize(),
            defaults.parallelism(),
            defaults.batchesPerRun(),
            0,
            null);
    var summary =
        "Onboard %d staff into organization %s (request %s)"
            .formatted(total, request.organizationId(), request.requestId());
    try {
      if (searchAttributes.get()) {
        try {
          return start(workflowId, input, summary, total, searchAttributes(request));
        } catch (WorkflowServiceException e) {
          if (!refusesSearchAttributes(e)) {
            throw e;
          }
          logRefusalOnce("the server refused them: " + rootMessage(e));
        }
      }
      return start(workflowId, input, summary, total, SearchAttributes.EMPTY);
    } catch (WorkflowExecutionAlreadyStarted already) {
      return new OnboardingSubmission(workflowId, already.getExecution().getRunId(), total, false);
    }
  }

  /** From now on, starts workflows with the search attributes: the server knows them. */
  public void useSearchAttributes() {
    searchAttributes.set(true);
  }

  /** From now on, starts workflows without search attributes; logs why, once. */
  public void withoutSearchAttributes(String why) {
    searchAttributes.set(false);
    logRefusalOnce(why);
  }

  /** Whether workflows are started with the search attributes. */
  public boolean usesSearchAttributes() {
    return searchAttributes.get();
  }

  private OnboardingSubmission start(
      String workflowId,
      OnboardingInput input,
      String summary,
      int total,
      SearchAttributes attributes) {
    var workflow =
        client.newWorkflowStub(
            OnboardOrganizationStaffWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(workflowId)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY)
                .setTypedSearchAttributes(attributes)
                .setStaticSummary(summary)
                .build());
    var execution = WorkflowClient.start(workflow::onboard, input);
    return new OnboardingSubmission(workflowId, execution.getRunId(), total, true);
  }

  private void logRefusalOnce(String why) {
    if (refusalLogged.compareAndSet(false, true)) {
      log.warn(
          "Onboarding workflows start without the search attributes {}: {}",
          OnboardingSearchAttributes.ALL.stream().map(k -> k.getName()).toList(),
          why);
    }
  }

  private static SearchAttributes searchAttributes(StoreOnboarding request) {
    return OnboardingSearchAttributes.of(request.organizationId(), request.requestId());
  }

  /** INVALID_ARGUMENT naming a search attribute: the server does not know ours. */
  private static boolean refusesSearchAttributes(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StatusRuntimeException status
          && status.getStatus().getCode() == Status.Code.INVALID_ARGUMENT
          && String.valueOf(status.getStatus().getDescription())
              .toLowerCase(Locale.ROOT)
              .contains("search attribute")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
