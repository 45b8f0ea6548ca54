package io.roster.activities.onboarding;

import io.temporal.activity.ActivityInterface;

/**
 * The onboarding workflow's database work over a request stored in onboarding_requests.
 *
 * <p>{@code applyOnboardingBatch} applies each pending member of the batch in one transaction
 * through the command rules (user, org access, roles, units with a primary, schedule, caseload):
 * the member is fully onboarded and marked {@code succeeded} in that same transaction, or nothing
 * of it is written and it is marked {@code failed} with the refusal's code and sentence. New
 * members whose commands can all be decided up front share one transaction for the batch (their
 * events, command results and marks commit together); every other member, and all of them if that
 * transaction fails, gets a transaction of its own. Members already marked are skipped, so a
 * retried batch writes nothing twice; each member's commands carry keys derived from (organization,
 * request, index). It heartbeats after the shared transaction and after every other member. A
 * database fault fails the activity (retryable).
 */
@ActivityInterface
public interface OnboardingActivities {

  OnboardingStatus onboardingStatus(OnboardingRef ref);

  BatchOutcome applyOnboardingBatch(OnboardingBatch batch);

  OnboardingReport onboardingReport(OnboardingRef ref);
}
