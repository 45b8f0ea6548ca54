package io.roster.activities.users;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code user.access_dates.updated}. */
record AccessDatesUpdatedEvent(
    UUID userId, UUID orgId, LocalDate accessStartDate, LocalDate accessExpirationDate) {}
