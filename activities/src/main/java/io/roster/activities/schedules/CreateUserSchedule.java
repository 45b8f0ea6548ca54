package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Give a user a weekly schedule (002) in an organization, or in one of its active units.
 *
 * @param orgUnitId null for the organization-wide schedule
 * @param schedule keys {@code monday}..{@code sunday}, each {@code {"begin": "HHMM", "end":
 *     "HHMM"}} or null for a day off; {@code end} before {@code begin} is an overnight shift
 * @param effectiveFrom first day; null = from now
 * @param effectiveUntil last day; null = no end; not before {@code effectiveFrom}
 */
public record CreateUserSchedule(
    CommandMeta meta,
    UUID userId,
    UUID organizationId,
    UUID orgUnitId,
    Map<String, Object> schedule,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {}
