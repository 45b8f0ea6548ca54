package io.roster.db.organizations;

import java.util.UUID;

/**
 * What a scope path names: an organization ({@code unitId} null) or one of its units.
 *
 * @param active whether the organization or unit is active
 */
public record ScopeRow(String path, UUID organizationId, UUID unitId, boolean active) {}
