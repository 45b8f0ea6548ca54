package io.roster.workflows.sweeps;

import io.roster.activities.sweeps.SweepKind;
import io.temporal.workflow.Workflow;
import java.util.List;

/** See {@link PendingRoleActivationWorkflow}. */
public final class PendingRoleActivationWorkflowImpl implements PendingRoleActivationWorkflow {

  private SweepLoop loop;

  @Override
  public SweepTally activate(SweepRequest request) {
    loop = new SweepLoop(List.of(SweepKind.ROLE_ACTIVATION), request);
    var carry = loop.run(request.batchSize());
    if (carry.isPresent()) {
      Workflow.newContinueAsNewStub(PendingRoleActivationWorkflow.class)
          .activate(new SweepRequest(request.asOf(), request.batchSize(), carry.get()));
    }
    return loop.state().tally();
  }

  @Override
  public SweepTally progress() {
    return loop == null ? SweepTally.ZERO : loop.state().tally();
  }
}
