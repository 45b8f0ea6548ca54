package io.roster.activities.users;

import java.time.LocalDate;
import java.util.UUID;

/**
 * @param changed false when the window was already so (nothing was written)
 */
public record OrgAccess(
    UUID userId,
    UUID orgId,
    LocalDate accessStartDate,
    LocalDate accessExpirationDate,
    boolean changed) {}
