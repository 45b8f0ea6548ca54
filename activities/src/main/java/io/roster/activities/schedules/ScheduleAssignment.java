package io.roster.activities.schedules;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A user's assignment to a template after an assign or unassign command.
 *
 * @param reactivated true when an assign brought back an earlier, inactive assignment
 */
public record ScheduleAssignment(
    UUID templateId,
    UUID userId,
    UUID organizationId,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    boolean active,
    boolean reactivated) {}
