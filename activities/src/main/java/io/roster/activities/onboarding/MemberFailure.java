package io.roster.activities.onboarding;

/** Why a member was not onboarded: its index in the request, its email, code and sentence. */
public record MemberFailure(int index, String email, String code, String message) {}
