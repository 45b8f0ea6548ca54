package io.roster.worker.observability;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Asks the Temporal server about Roster's namespace, the same call a worker makes when it starts:
 * the server answers, and the namespace exists. Used by the start-up sequence and the {@code
 * temporal} health component.
 */
public final class TemporalProbe {

  private final WorkflowServiceStubs stubs;
  private final String namespace;
  private final String target;
  private final Duration deadline;

  public TemporalProbe(
      WorkflowServiceStubs stubs, String namespace, String target, Duration deadline) {
    this.stubs = stubs;
    this.namespace = namespace;
    this.target = target;
    this.deadline = deadline;
  }

  /** Returns normally when the namespace answers; otherwise throws with what to do about it. */
  public void check() {
    try {
      stubs
          .blockingStub()
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
          .describeNamespace(DescribeNamespaceRequest.newBuilder().setNamespace(namespace).build());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new IllegalStateException(
            "Temporal at %s has no namespace %s: create it (temporal operator namespace create %s) or set TEMPORAL_NAMESPACE"
                .formatted(target, namespace, namespace),
            e);
      }
      throw new IllegalStateException(
          "Temporal at %s does not answer (%s): set TEMPORAL_ADDRESS (host:port) and TEMPORAL_NAMESPACE to a reachable cluster, or unset TEMPORAL_ADDRESS for the embedded server"
              .formatted(target, describe(e.getStatus())),
          e);
    }
  }

  /** {@code UNAVAILABLE: io exception (Connection refused: /127.0.0.1:7233)}, no stack trace. */
  private static String describe(Status status) {
    var text = new StringBuilder(status.getCode().name());
    if (status.getDescription() != null) {
      text.append(": ").append(status.getDescription());
    }
    Throwable root = status.getCause();
    while (root != null && root.getCause() != null) {
      root = root.getCause();
    }
    if (root != null && root.getMessage() != null) {
      text.append(" (").append(root.getMessage()).append(')');
    }
    return text.toString();
  }

  public String namespace() {
    return namespace;
  }

  public String target() {
    return target;
  }
}
