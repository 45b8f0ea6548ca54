package io.roster.activities.sweeps;

import io.temporal.activity.ActivityInterface;

/**
 * The sweeps' database work: set-based batches that find due rows with FOR UPDATE SKIP LOCKED and
 * append their events in one statement.
 *
 * <p>Idempotency: every event id derives from the fact it records (user, role, window date...), and
 * the processor marks the row in the same transaction, so running a batch again, retrying it, or
 * running two sweeps at once never appends an event twice. Heartbeats after every batch with the
 * events appended so far. Failures are database faults (retryable); a stream-version race with a
 * concurrent command is retried inside the activity first.
 */
@ActivityInterface
public interface SweepActivities {

  SweepProgress sweepBatches(SweepBatches input);
}
