package io.roster.activities.orgunits;

import java.util.UUID;

/**
 * One of a user's unit assignments after a command.
 *
 * @param status {@code active} or {@code inactive}
 */
public record UnitAssignmentSummary(
    UUID id, UUID organizationUnitId, boolean isPrimary, String status) {}
