package io.roster.worker.api.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code get_user_active_roles(user, org, as_of)}. */
public record ActiveRole(
    UUID roleId,
    String roleName,
    UUID organizationId,
    String scopePath,
    LocalDate roleValidFrom,
    LocalDate roleValidUntil,
    Instant assignedAt) {}
