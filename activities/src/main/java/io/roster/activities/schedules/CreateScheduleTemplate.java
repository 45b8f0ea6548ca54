package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.util.Map;
import java.util.UUID;

/**
 * Create a schedule template (001) in an organization, optionally scoped to one of its active
 * units.
 *
 * @param scheduleName required, at most 200 characters
 * @param schedule the weekly schedule of 002: keys {@code monday}..{@code sunday}, each {@code
 *     {"begin": "HHMM", "end": "HHMM"}} or null for a day off
 */
public record CreateScheduleTemplate(
    CommandMeta meta,
    UUID organizationId,
    UUID orgUnitId,
    String scheduleName,
    Map<String, Object> schedule) {}
