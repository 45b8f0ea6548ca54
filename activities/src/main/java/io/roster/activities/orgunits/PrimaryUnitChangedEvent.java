package io.roster.activities.orgunits;

import java.util.UUID;

/**
 * Payload of {@code user.org_unit.primary_changed}.
 *
 * @param previousAssignmentId the primary before; null when the user had none
 */
record PrimaryUnitChangedEvent(
    UUID userId, UUID organizationId, UUID assignmentId, UUID previousAssignmentId) {}
