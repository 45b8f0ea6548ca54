package io.roster.activities.onboarding;

/** How the members of a batch stand after it ran: onboarded, or refused with a reason. */
public record BatchOutcome(int succeeded, int failed) {}
