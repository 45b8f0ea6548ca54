package io.roster.worker.api.clients;

import java.time.Instant;
import java.util.UUID;

/** Body of {@code POST /users/{user}/clients}: {@code assigned_until} is an instant, optional. */
record AssignClientRequest(
    UUID clientId, UUID organizationId, Instant assignedUntil, String notes) {}
