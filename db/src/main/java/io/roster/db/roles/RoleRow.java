package io.roster.db.roles;

import java.util.UUID;

/** A row of {@code roles_projection}; {@code organizationId} null for a platform role. */
public record RoleRow(UUID id, String name, UUID organizationId, boolean isActive) {}
