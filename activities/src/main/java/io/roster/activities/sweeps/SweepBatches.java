package io.roster.activities.sweeps;

import java.time.Instant;

/**
 * Run up to {@code maxBatches} batches of one sweep kind as of an instant.
 *
 * @param batchSize rows per batch, each batch one transaction (1 to 10,000)
 */
public record SweepBatches(SweepKind kind, Instant asOf, int batchSize, int maxBatches) {}
