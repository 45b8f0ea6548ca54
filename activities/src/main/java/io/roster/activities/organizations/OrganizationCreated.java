package io.roster.activities.organizations;

import java.util.UUID;

public record OrganizationCreated(UUID organizationId, String path) {}
