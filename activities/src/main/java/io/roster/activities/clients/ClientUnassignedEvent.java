package io.roster.activities.clients;

import java.util.UUID;

/** Payload of {@code user.client.unassigned}. */
record ClientUnassignedEvent(UUID userId, UUID clientId, UUID organizationId, String reason) {}
