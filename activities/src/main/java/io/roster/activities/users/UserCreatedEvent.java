package io.roster.activities.users;

import java.util.UUID;

/** Payload of {@code user.created}. */
record UserCreatedEvent(UUID userId, String email, String firstName, String lastName) {}
