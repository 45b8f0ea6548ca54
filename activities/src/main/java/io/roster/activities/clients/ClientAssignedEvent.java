package io.roster.activities.clients;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code user.client.assigned}. */
record ClientAssignedEvent(
    UUID userId, UUID clientId, UUID organizationId, Instant assignedUntil, String notes) {}
