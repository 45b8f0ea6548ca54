package io.roster.activities.schedules;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Payload of {@code user.schedule.created} and {@code user.schedule.updated}. */
record UserScheduleEvent(
    UUID scheduleId,
    UUID userId,
    UUID organizationId,
    UUID orgUnitId,
    Map<String, Object> schedule,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {}
