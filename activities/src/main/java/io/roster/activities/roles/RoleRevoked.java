package io.roster.activities.roles;

import java.util.UUID;

public record RoleRevoked(UUID userId, UUID roleId, String roleName, UUID orgId) {}
