package io.roster.activities.schedules;

import java.util.Map;
import java.util.UUID;

/** Payload of {@code schedule.created} and {@code schedule.updated}. */
record ScheduleTemplateEvent(
    UUID templateId,
    UUID organizationId,
    UUID orgUnitId,
    String scheduleName,
    Map<String, Object> schedule) {}
