package io.roster.activities.onboarding;

import java.util.UUID;

/** Counts of a stored request's members by outcome, read from onboarding_requests. */
public record OnboardingStatus(
    UUID organizationId, String requestId, int total, int pending, int succeeded, int failed) {}
