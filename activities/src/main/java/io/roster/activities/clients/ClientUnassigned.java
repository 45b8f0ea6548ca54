package io.roster.activities.clients;

import java.util.UUID;

public record ClientUnassigned(
    UUID assignmentId, UUID userId, UUID clientId, UUID organizationId) {}
