package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.util.Map;
import java.util.UUID;

/**
 * Replace a template's name, unit and weekly schedule (every field is the new value; a null {@code
 * orgUnitId} makes the template organization-wide). Its organization never changes.
 */
public record UpdateScheduleTemplate(
    CommandMeta meta,
    UUID templateId,
    UUID orgUnitId,
    String scheduleName,
    Map<String, Object> schedule) {}
