package io.roster.db.onboarding;

import java.util.UUID;

/** A member still to apply: its index, the requesting actor and the member as JSON text. */
public record PendingMemberRow(int memberIndex, UUID actorId, String member) {}
