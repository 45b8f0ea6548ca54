package io.roster.activities.onboarding;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a request. {@code failures} lists every refused member up to {@value
 * #MAX_FAILURES} (so the report stays far below Temporal's payload limit); {@code
 * failuresTruncated} says there are more, all of them readable in onboarding_requests.
 */
public record OnboardingReport(
    UUID organizationId,
    String requestId,
    int total,
    int succeeded,
    int failed,
    List<MemberFailure> failures,
    boolean failuresTruncated) {

  public static final int MAX_FAILURES = 1000;
}
