package io.roster.activities.organizations;

import java.util.UUID;

/** Payload of {@code organization_unit.created}. */
record UnitCreatedEvent(
    UUID unitId, UUID organizationId, UUID parentUnitId, String name, String kind, String path) {}
