package io.roster.worker.api.onboarding;

/** Answer of a submission (202): the workflow, the request, and where to read its status. */
public record OnboardingAccepted(String workflowId, String requestId, String statusUrl) {}
