package io.roster.activities.roles;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A user's role assignment after a command.
 *
 * @param changed false when it already was so (nothing was written)
 */
public record RoleAssignment(
    UUID userId,
    UUID roleId,
    String roleName,
    UUID orgId,
    String scopePath,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil,
    boolean changed) {}
