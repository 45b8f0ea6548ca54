package io.roster.activities.schedules;

import java.util.Map;
import java.util.UUID;

/** A schedule template after a create or update command. */
public record ScheduleTemplate(
    UUID templateId,
    UUID organizationId,
    UUID orgUnitId,
    String scheduleName,
    Map<String, Object> schedule,
    boolean active) {}
