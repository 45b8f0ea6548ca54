package io.roster.worker.api.onboarding;

import io.roster.activities.onboarding.MemberFailure;
import java.util.List;

/**
 * Answer of {@code GET /organizations/{org}/onboardings/{request}}.
 *
 * @param status {@code RUNNING}, {@code COMPLETED} or {@code FAILED}, from the workflow's
 *     description (when Temporal no longer knows the run: {@code COMPLETED} if no member is
 *     pending, else {@code FAILED}, and submitting the request again finishes it)
 * @param failures every refused member (index in the request, email, code, message), at most 1,000;
 *     {@code failures_truncated} says there are more
 */
record OnboardingStatusView(
    String workflowId,
    String requestId,
    String status,
    int total,
    int pending,
    int succeeded,
    int failed,
    List<MemberFailure> failures,
    boolean failuresTruncated) {}
