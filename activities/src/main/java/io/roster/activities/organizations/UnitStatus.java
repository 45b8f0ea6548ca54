package io.roster.activities.organizations;

import java.util.UUID;

/**
 * @param changed false when the unit already had that status (nothing was written)
 */
public record UnitStatus(UUID unitId, boolean active, boolean changed) {}
