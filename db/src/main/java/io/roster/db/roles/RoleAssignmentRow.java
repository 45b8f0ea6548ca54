package io.roster.db.roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code user_roles_projection} with its role's name. */
public record RoleAssignmentRow(
    UUID userId,
    UUID roleId,
    String roleName,
    UUID orgId,
    String scopePath,
    Instant assignedAt,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil) {}
