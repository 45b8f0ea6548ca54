package io.roster.worker.api;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowServiceException;
import java.util.Optional;

/**
 * Reads a workflow's latest run from Temporal and says how it stands in the API's three words:
 * {@code RUNNING} (running, or continued as new), {@code COMPLETED}, {@code FAILED} (failed,
 * terminated, canceled or timed out).
 */
public final class WorkflowRuns {

  public static final String RUNNING = "RUNNING";
  public static final String COMPLETED = "COMPLETED";
  public static final String FAILED = "FAILED";

  private WorkflowRuns() {}

  /** The latest run of {@code workflowId}, or empty when Temporal knows no such workflow. */
  public static Optional<WorkflowExecutionDescription> describe(
      WorkflowClient client, String workflowId) {
    try {
      return Optional.of(
          client.newUntypedWorkflowStub(workflowId, Optional.empty(), Optional.empty()).describe());
    } catch (WorkflowNotFoundException notFound) {
      return Optional.empty();
    } catch (WorkflowServiceException e) {
      if (e.getCause() instanceof StatusRuntimeException status
          && status.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public static String status(WorkflowExecutionStatus status) {
    return switch (status) {
      case WORKFLOW_EXECUTION_STATUS_RUNNING, WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW -> RUNNING;
      case WORKFLOW_EXECUTION_STATUS_COMPLETED -> COMPLETED;
      default -> FAILED;
    };
  }
}
