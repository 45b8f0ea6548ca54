package io.roster.activities.roles;

import io.roster.activities.command.CommandMeta;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Give a user a role in an organization at a scope, optionally for a window of dates.
 *
 * @param roleName the role by name (the organization's own role of that name, else the platform
 *     role); or give {@code roleId}
 * @param orgId the organization; null only for the global super_admin
 * @param scopePath an existing path of the organization or one of its units; default the
 *     organization's path
 * @param roleValidFrom first day the role counts (organization's local date); null = now
 * @param roleValidUntil last day the role counts; null = no end
 */
public record AssignRole(
    CommandMeta meta,
    UUID userId,
    String roleName,
    UUID roleId,
    UUID orgId,
    String scopePath,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil) {}
