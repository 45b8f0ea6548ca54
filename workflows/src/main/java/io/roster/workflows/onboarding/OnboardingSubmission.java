package io.roster.workflows.onboarding;

/**
 * What a submission did: the workflow it started or attached to, and the request's size.
 *
 * @param started false when the request had been submitted before (nothing new was written)
 */
public record OnboardingSubmission(String workflowId, String runId, int total, boolean started) {}
