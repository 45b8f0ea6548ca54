package io.roster.activities.roles;

import java.util.UUID;

/** Payload of {@code user.role.revoked}. */
record RoleRevokedEvent(UUID userId, UUID roleId, UUID orgId, String reason) {}
