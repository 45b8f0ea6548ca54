package io.roster.activities.schedules;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A user schedule after a command.
 *
 * @param changed false when the command found it already so (nothing was written)
 */
public record UserSchedule(
    UUID scheduleId,
    UUID userId,
    UUID organizationId,
    UUID orgUnitId,
    Map<String, Object> schedule,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    boolean active,
    boolean changed) {}
