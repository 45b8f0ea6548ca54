package io.roster.activities.sweeps;

/**
 * @param appended events appended by these batches
 * @param batches batches run
 * @param finished true when the last batch found less than a full batch: nothing more is due
 */
public record SweepProgress(long appended, int batches, boolean finished) {}
