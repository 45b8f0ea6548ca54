package io.roster.bench.onboarding;

import io.roster.activities.onboarding.StaffMember;
import java.util.List;
import java.util.UUID;

/** The staff of a one-command-at-a-time onboarding, carried in the workflow's input. */
public record SequentialOnboardingInput(
    UUID organizationId, UUID actorId, String requestId, List<StaffMember> staff) {}
