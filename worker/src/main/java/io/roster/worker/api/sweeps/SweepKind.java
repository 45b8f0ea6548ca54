package io.roster.worker.api.sweeps;

import io.roster.workflows.sweeps.PendingRoleActivationWorkflow;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;

/** The two sweeps the API can start: their route, workflow id prefix and workflow type. */
enum SweepKind {
  ROLE_EXPIRY("role-expiry", "startRoleExpirySweep", RoleExpiryWorkflow.class),
  PENDING_ACTIVATION(
      "pending-activation", "startPendingActivationSweep", PendingRoleActivationWorkflow.class);

  private final String prefix;
  private final String command;
  private final Class<?> workflow;

  SweepKind(String prefix, String command, Class<?> workflow) {
    this.prefix = prefix;
    this.command = command;
    this.workflow = workflow;
  }

  String prefix() {
    return prefix;
  }

  String command() {
    return command;
  }

  /** The workflow type name Temporal registers: the interface's simple name. */
  String workflowType() {
    return workflow.getSimpleName();
  }
}
