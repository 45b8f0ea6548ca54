package io.roster.workflows.sweeps;

import java.time.Instant;

/**
 * Input of both sweep workflows.
 *
 * @param asOf the instant whose local dates decide what is due; null: the workflow's current time
 *     when it starts (a scheduled run sweeps "now")
 * @param batchSize rows per batch (one transaction each); 0 means the default
 * @param carried the tally and stage of an earlier run, when the sweep continued as new; null when
 *     starting
 */
public record SweepRequest(Instant asOf, int batchSize, SweepState carried) {

  public static SweepRequest now() {
    return new SweepRequest(null, 0, null);
  }

  public static SweepRequest asOf(Instant asOf) {
    return new SweepRequest(asOf, 0, null);
  }
}
