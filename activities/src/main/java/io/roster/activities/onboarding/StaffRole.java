package io.roster.activities.onboarding;

import java.time.LocalDate;

/** A role of a staff member: scope path optional (the organization), window optional. */
public record StaffRole(
    String roleName, String scopePath, LocalDate roleValidFrom, LocalDate roleValidUntil) {}
