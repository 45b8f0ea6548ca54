package io.roster.db.users;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code user_org_access}: the window inside which a user's roles in an org count. */
public record OrgAccessRow(
    UUID userId, UUID orgId, LocalDate accessStartDate, LocalDate accessExpirationDate) {}
