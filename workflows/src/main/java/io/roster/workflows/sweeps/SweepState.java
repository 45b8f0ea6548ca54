package io.roster.workflows.sweeps;

import java.time.Instant;

/**
 * Where a sweep stands: the instant it sweeps as of, the kind it is at (an index into its list of
 * kinds) and what it appended so far. Carried across continue-as-new.
 */
public record SweepState(Instant asOf, int stage, SweepTally tally) {}
