package io.roster.activities.roles;

import io.roster.activities.command.CommandMeta;
import java.time.LocalDate;
import java.util.UUID;

/** Replace the window of an existing assignment; a null date clears that bound. */
public record ChangeRoleWindow(
    CommandMeta meta,
    UUID userId,
    UUID roleId,
    String roleName,
    UUID orgId,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil) {}
