package io.roster.activities.onboarding;

import java.util.UUID;

/** Names a stored onboarding request. */
public record OnboardingRef(UUID organizationId, String requestId) {}
