package io.roster.activities.roles;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/** Take a role away; give the role by {@code roleId} or {@code roleName}. */
public record RevokeRole(
    CommandMeta meta, UUID userId, UUID roleId, String roleName, UUID orgId, String reason) {}
