package io.roster.activities.schedules;

import java.util.UUID;

/** Payload of {@code schedule.deactivated}, {@code .reactivated} and {@code .deleted}. */
record ScheduleTemplateStatusEvent(UUID templateId, UUID organizationId) {}
