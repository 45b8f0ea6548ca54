package io.roster.activities.schedules;

import java.util.UUID;

/** Payload of {@code schedule.user_unassigned}. */
record ScheduleUserUnassignedEvent(
    UUID templateId, UUID userId, UUID organizationId, String reason) {}
