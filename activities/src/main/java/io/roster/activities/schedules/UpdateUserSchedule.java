package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Replace an active user schedule's weekly schedule, unit and dates (every field is the new value:
 * a null unit makes it organization-wide, a null date clears that bound). Its user and organization
 * never change.
 */
public record UpdateUserSchedule(
    CommandMeta meta,
    UUID scheduleId,
    UUID orgUnitId,
    Map<String, Object> schedule,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {}
