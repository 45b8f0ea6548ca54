package io.roster.activities.organizations;

import java.util.UUID;

/** Payload of {@code organization_unit.deactivated} and {@code .reactivated}. */
record UnitStatusEvent(UUID unitId, UUID organizationId) {}
