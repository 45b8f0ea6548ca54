package io.roster.db.schedules;

import java.util.UUID;

/**
 * A row of {@code schedule_templates_projection} (001).
 *
 * @param orgUnitId the unit the template belongs to; null for an organization-wide template
 * @param schedule the weekly schedule as JSON text (see {@link WeeklyScheduleJson})
 * @param assignedUserCount the number of active assignments
 */
public record ScheduleTemplateRow(
    UUID id,
    UUID organizationId,
    UUID orgUnitId,
    String scheduleName,
    String schedule,
    boolean isActive,
    int assignedUserCount) {}
