package io.roster.activities.schedules;

import java.util.UUID;

/** Payload of {@code user.schedule.deactivated}. */
record UserScheduleDeactivatedEvent(UUID scheduleId, UUID userId, UUID organizationId) {}
