package io.roster.worker.api.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Answer of {@code GET /users/{user}/active-roles}. */
record ActiveRoles(UUID userId, UUID orgId, Instant asOf, List<ActiveRole> roles) {}
