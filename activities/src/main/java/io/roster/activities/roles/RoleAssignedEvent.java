package io.roster.activities.roles;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code user.role.assigned}: also how a window changes (same role, new dates). */
record RoleAssignedEvent(
    UUID userId,
    UUID roleId,
    String roleName,
    UUID orgId,
    String scopePath,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil) {}
