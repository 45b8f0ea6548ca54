package io.roster.db.schedules;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code user_schedule_policies_projection}: one user's weekly schedule in an organization
 * or one of its units (002).
 *
 * @param schedule the weekly schedule as JSON text (see {@link WeeklyScheduleJson})
 */
public record UserSchedulePolicyRow(
    UUID id,
    UUID userId,
    UUID organizationId,
    UUID orgUnitId,
    String schedule,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    boolean isActive) {}
