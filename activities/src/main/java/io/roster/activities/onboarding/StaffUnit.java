package io.roster.activities.onboarding;

import java.util.UUID;

/** A unit assignment of a staff member. */
public record StaffUnit(UUID organizationUnitId, Boolean isPrimary) {}
