package io.roster.activities.onboarding;

import java.util.List;
import java.util.UUID;

/**
 * An onboarding request to store before its workflow starts.
 *
 * @param requestId the submitter's id for the request: 1 to 100 of {@code A-Za-z0-9._:-}
 * @param actorId who asked; every member's commands are authorized as this actor
 */
public record StoreOnboarding(
    UUID organizationId, String requestId, UUID actorId, List<StaffMember> staff) {}
