package io.roster.db.onboarding;

/** A refused member: index, email (when the member named one), failure code and message. */
public record MemberFailureRow(
    int memberIndex, String email, String failureCode, String failureMessage) {}
