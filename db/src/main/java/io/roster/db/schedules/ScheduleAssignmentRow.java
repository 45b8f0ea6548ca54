package io.roster.db.schedules;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code schedule_user_assignments_projection}: a user on a template (001). */
public record ScheduleAssignmentRow(
    UUID id,
    UUID scheduleTemplateId,
    UUID userId,
    UUID organizationId,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    boolean isActive) {}
