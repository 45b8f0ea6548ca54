package io.roster.workflows.sweeps;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Closes what has run out, as of an instant, in each organization's local date: role windows
 * ({@code user.role.expired}), client assignments ({@code user.client.unassigned}, reason {@code
 * expired}) and schedule assignments ({@code schedule.user_unassigned}, reason {@code expired}),
 * and sends the expiry notices of each organization's notice ladder ({@code
 * user.role.expiry_notice}). Every event exactly once, however often it runs, is retried, or runs
 * beside another sweep. Started hourly by the worker's schedule {@code roster-role-expiry}; ad hoc
 * ids are {@code role-expiry/<as-of>}.
 */
@WorkflowInterface
public interface RoleExpiryWorkflow {

  @WorkflowMethod
  SweepTally sweep(SweepRequest request);

  /** What this run has appended so far. */
  @QueryMethod
  SweepTally progress();
}
