package io.roster.db.onboarding;

/** A stored request's members by status. */
public record OnboardingCounts(int total, int pending, int succeeded, int failed) {}
