package io.roster.workflows.sweeps;

import io.roster.activities.sweeps.SweepActivities;
import io.roster.activities.sweeps.SweepBatches;
import io.roster.activities.sweeps.SweepKind;
import io.roster.workflows.PatientActivities;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deterministic loop both sweep workflows run: for each kind in order, call the sweep activity
 * (up to {@value #BATCHES_PER_CALL} batches a call) until nothing is due; after {@value
 * #CALLS_PER_RUN} calls, hand back the state to continue as new, so the history stays small however
 * much is due.
 */
final class SweepLoop {

  static final int DEFAULT_BATCH_SIZE = 500;
  static final int BATCHES_PER_CALL = 20;
  static final int CALLS_PER_RUN = 100;

  /**
   * A call runs at most BATCHES_PER_CALL set-based batches: minutes at the most. The heartbeat
   * timeout catches a worker that died mid-call within a minute; retries back off up to a minute
   * and never give up, since every batch is idempotent.
   */
  private final SweepActivities activities =
      PatientActivities.stub(SweepActivities.class, Duration.ofMinutes(1));

  private final List<SweepKind> kinds;
  private SweepState state;

  SweepLoop(List<SweepKind> kinds, SweepRequest request) {
    this.kinds = kinds;
    this.state =
        request.carried() != null
            ? request.carried()
            : new SweepState(
                request.asOf() != null
                    ? request.asOf()
                    : Instant.ofEpochMilli(Workflow.currentTimeMillis()),
                0,
                SweepTally.ZERO);
  }

  SweepState state() {
    return state;
  }

  /** The line the Temporal UI shows as the sweep's current details: where it is and its counts. */
  String details() {
    var tally = state.tally();
    var at =
        state.stage() < kinds.size()
            ? "at %s (%d of %d)"
                .formatted(kinds.get(state.stage()), state.stage() + 1, kinds.size())
            : "done";
    return ("As of %s, %s: %d roles expired, %d activated, %d notices,"
            + " %d client and %d schedule assignments ended")
        .formatted(
            state.asOf(),
            at,
            tally.rolesExpired(),
            tally.rolesActivated(),
            tally.noticesSent(),
            tally.clientAssignmentsEnded(),
            tally.scheduleAssignmentsEnded());
  }

  /** Runs until done (empty) or until this run should continue as new (the state to carry). */
  Optional<SweepState> run(int batchSize) {
    int size = batchSize > 0 ? batchSize : DEFAULT_BATCH_SIZE;
    int calls = 0;
    Workflow.setCurrentDetails(details());
    while (state.stage() < kinds.size()) {
      var kind = kinds.get(state.stage());
      var progress =
          activities.sweepBatches(new SweepBatches(kind, state.asOf(), size, BATCHES_PER_CALL));
      calls++;
      var tally = state.tally().plus(kind, progress.appended());
      state =
          new SweepState(
              state.asOf(), progress.finished() ? state.stage() + 1 : state.stage(), tally);
      Workflow.setCurrentDetails(details());
      if (calls >= CALLS_PER_RUN && state.stage() < kinds.size()) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
