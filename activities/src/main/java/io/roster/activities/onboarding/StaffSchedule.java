package io.roster.activities.onboarding;

import java.time.LocalDate;
import java.util.UUID;

/** The schedule template a staff member joins. */
public record StaffSchedule(UUID templateId, LocalDate effectiveFrom, LocalDate effectiveUntil) {}
