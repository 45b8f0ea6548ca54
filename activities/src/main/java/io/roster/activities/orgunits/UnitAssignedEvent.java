package io.roster.activities.orgunits;

import java.util.UUID;

/** Payload of {@code user.org_unit.assigned}. */
record UnitAssignedEvent(
    UUID assignmentId,
    UUID userId,
    UUID organizationUnitId,
    UUID organizationId,
    boolean isPrimary,
    String notes) {}
