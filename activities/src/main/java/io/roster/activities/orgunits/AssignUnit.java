package io.roster.activities.orgunits;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/**
 * Assign a user to an organization unit (003). The organization is the unit's.
 *
 * @param organizationUnitId the unit; it must exist and be active
 * @param organizationId optional; when given it must be the unit's organization
 * @param isPrimary required: whether this unit becomes the user's primary in the organization. The
 *     first active assignment is primary whatever this says
 * @param notes optional, at most 1,000 characters
 */
public record AssignUnit(
    CommandMeta meta,
    UUID userId,
    UUID organizationUnitId,
    UUID organizationId,
    Boolean isPrimary,
    String notes) {}
