package io.roster.activities.organizations;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/**
 * Create an organization unit (facility, program, chapter...) under the organization or under one
 * of its active units. Its path is its parent's path plus {@code <kind>_<32 hex>}.
 *
 * @param kind lower-case letters, digits and underscores, starting with a letter
 */
public record CreateUnit(
    CommandMeta meta, UUID organizationId, UUID parentUnitId, String name, String kind) {}
