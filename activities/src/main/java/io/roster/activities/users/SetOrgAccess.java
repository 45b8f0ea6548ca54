package io.roster.activities.users;

import io.roster.activities.command.CommandMeta;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Set the window inside which a user's roles in an organization count (004's user_org_access); null
 * dates are open ends, and replace what was there.
 */
public record SetOrgAccess(
    CommandMeta meta,
    UUID userId,
    UUID orgId,
    LocalDate accessStartDate,
    LocalDate accessExpirationDate) {}
