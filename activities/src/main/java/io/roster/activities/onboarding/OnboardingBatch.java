package io.roster.activities.onboarding;

import java.util.UUID;

/** Members {@code fromIndex} (inclusive) to {@code toIndex} (exclusive) of a stored request. */
public record OnboardingBatch(UUID organizationId, String requestId, int fromIndex, int toIndex) {}
