package io.roster.db.events;

import java.util.List;

/**
 * What an append stored.
 *
 * @param duplicate true when the idempotency key had been used: nothing was written and {@code
 *     events} are the ones the first append stored
 * @param events the stored events, in order
 */
public record AppendResult(boolean duplicate, List<StoredEvent> events) {}
