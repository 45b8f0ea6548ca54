package io.roster.worker.api.schedules;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Body of {@code POST /users/{user}/schedules} and {@code PATCH /user-schedules/{id}}. A PATCH
 * replaces unit, schedule and dates (absent = null) and must leave {@code organization_id} out: a
 * schedule's organization never changes.
 */
record UserScheduleRequest(
    UUID organizationId,
    UUID orgUnitId,
    Map<String, Object> schedule,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {}
