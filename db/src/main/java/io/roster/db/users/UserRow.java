package io.roster.db.users;

import java.util.UUID;

/** A row of {@code users}. */
public record UserRow(UUID id, String email, String firstName, String lastName, boolean isActive) {}
