package io.roster.workflows.sweeps;

import io.roster.activities.sweeps.SweepKind;
import io.temporal.workflow.Workflow;
import java.util.List;

/** See {@link RoleExpiryWorkflow}. Notices go first so a window's last notice precedes its end. */
public final class RoleExpiryWorkflowImpl implements RoleExpiryWorkflow {

  static final List<SweepKind> KINDS =
      List.of(
          SweepKind.EXPIRY_NOTICE,
          SweepKind.ROLE_EXPIRY,
          SweepKind.CLIENT_EXPIRY,
          SweepKind.SCHEDULE_EXPIRY);

  private SweepLoop loop;

  @Override
  public SweepTally sweep(SweepRequest request) {
    loop = new SweepLoop(KINDS, request);
    var carry = loop.run(request.batchSize());
    if (carry.isPresent()) {
      Workflow.newContinueAsNewStub(RoleExpiryWorkflow.class)
          .sweep(new SweepRequest(request.asOf(), request.batchSize(), carry.get()));
    }
    return loop.state().tally();
  }

  @Override
  public SweepTally progress() {
    return loop == null ? SweepTally.ZERO : loop.state().tally();
  }
}
