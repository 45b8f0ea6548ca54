package io.roster.activities.users;

import java.util.UUID;

public record UserCreated(UUID userId, String email) {}
