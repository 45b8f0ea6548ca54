package io.roster.activities.orgunits;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/**
 * Deactivate, reactivate or make primary one of a user's unit assignments, named by {@code
 * assignmentId} or, when that is null, by {@code organizationUnitId} (the pair is unique).
 *
 * @param organizationId optional; when given it must be the assignment's organization
 * @param reason optional, at most 1,000 characters; recorded in the event
 */
public record ChangeUnitAssignment(
    CommandMeta meta,
    UUID userId,
    UUID assignmentId,
    UUID organizationUnitId,
    UUID organizationId,
    String reason) {

  public static ChangeUnitAssignment of(CommandMeta meta, UUID userId, UUID assignmentId) {
    return new ChangeUnitAssignment(meta, userId, assignmentId, null, null, null);
  }
}
