package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Put a user on an active schedule template (001), optionally for a range of dates.
 *
 * @param effectiveFrom first day of the assignment; null = from now
 * @param effectiveUntil last day; null = no end; not before {@code effectiveFrom}
 */
public record AssignUserToSchedule(
    CommandMeta meta,
    UUID templateId,
    UUID userId,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {}
