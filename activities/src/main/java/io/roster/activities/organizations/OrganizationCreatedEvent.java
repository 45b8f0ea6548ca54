package io.roster.activities.organizations;

import java.util.Map;
import java.util.UUID;

/** Payload of {@code organization.created}. */
record OrganizationCreatedEvent(
    UUID organizationId,
    String name,
    String slug,
    String path,
    String timezone,
    Map<String, Object> directCareSettings,
    UUID parentOrganizationId) {}
