package io.roster.worker.api.schedules;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /schedule-templates/{template}/users}. */
record TemplateUserRequest(UUID userId, LocalDate effectiveFrom, LocalDate effectiveUntil) {}
