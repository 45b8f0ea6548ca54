package io.roster.activities.schedules;

import java.time.LocalDate;
import java.util.UUID;

/** Payload of {@code schedule.user_assigned}. */
record ScheduleUserAssignedEvent(
    UUID templateId,
    UUID userId,
    UUID organizationId,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {}
