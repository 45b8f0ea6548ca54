package io.roster.worker.api.organizations;

import java.util.UUID;

/** Body of {@code POST /organizations}; the timezone defaults to UTC. */
record CreateOrganizationRequest(
    String name, String slug, String timezone, UUID parentOrganizationId) {}
