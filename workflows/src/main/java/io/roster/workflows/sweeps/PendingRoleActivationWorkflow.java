package io.roster.workflows.sweeps;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Opens what has started, as of an instant: {@code user.role.activated} for every role whose {@code
 * role_valid_from} has been reached in its organization's local date, not yet activated and not
 * already expired, exactly once. Result: the tally ({@code rolesActivated}). Started hourly by the
 * worker's schedule {@code roster-pending-role-activation}.
 */
@WorkflowInterface
public interface PendingRoleActivationWorkflow {

  @WorkflowMethod
  SweepTally activate(SweepRequest request);

  @QueryMethod
  SweepTally progress();
}
