package io.roster.db.organizations;

import java.util.UUID;

/** A row of {@code organization_units_projection}. */
public record UnitRow(
    UUID id,
    UUID organizationId,
    UUID parentUnitId,
    String name,
    String kind,
    String path,
    boolean isActive) {}
