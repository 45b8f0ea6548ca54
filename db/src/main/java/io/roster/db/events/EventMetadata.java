package io.roster.db.events;

import java.util.UUID;

/**
 * What DESIGN.md §2 records about why an event was written. {@code userId} is the actor (null for
 * the system); {@code source} is one of {@code workflow}, {@code api}, {@code sweep}, {@code
 * migration}. The event store fills in {@code idempotencyKey}.
 */
public record EventMetadata(
    UUID userId,
    String correlationId,
    String causationId,
    String reason,
    String source,
    String workflowId,
    String runId,
    String activityId,
    String idempotencyKey) {

  /** Metadata of a command run by {@code actor} (null for the system) from {@code source}. */
  public static EventMetadata of(UUID actor, String source) {
    return new EventMetadata(actor, null, null, null, source, null, null, null, null);
  }

  public EventMetadata withReason(String newReason) {
    return new EventMetadata(
        userId,
        correlationId,
        causationId,
        newReason,
        source,
        workflowId,
        runId,
        activityId,
        idempotencyKey);
  }

  public EventMetadata withCorrelationId(String newCorrelationId) {
    return new EventMetadata(
        userId,
        newCorrelationId,
        causationId,
        reason,
        source,
        workflowId,
        runId,
        activityId,
        idempotencyKey);
  }

  public EventMetadata withWorkflow(String newWorkflowId, String newRunId, String newActivityId) {
    return new EventMetadata(
        userId,
        correlationId,
        causationId,
        reason,
        source,
        newWorkflowId,
        newRunId,
        newActivityId,
        idempotencyKey);
  }

  EventMetadata withIdempotencyKey(String key) {
    return new EventMetadata(
        userId, correlationId, causationId, reason, source, workflowId, runId, activityId, key);
  }
}
