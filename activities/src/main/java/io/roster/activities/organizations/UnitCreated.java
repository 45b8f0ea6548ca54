package io.roster.activities.organizations;

import java.util.UUID;

public record UnitCreated(UUID unitId, String path) {}
