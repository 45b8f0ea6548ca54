package io.roster.activities.orgunits;

import java.util.UUID;

/** Payload of {@code user.org_unit.deactivated} and {@code user.org_unit.reactivated}. */
record UnitAssignmentStatusEvent(
    UUID assignmentId, UUID userId, UUID organizationId, String reason) {}
