package io.roster.activities.clients;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/**
 * Take a client off a staff member's caseload in an organization.
 *
 * @param reason optional, at most 1,000 characters; recorded in the event
 */
public record UnassignClient(
    CommandMeta meta, UUID userId, UUID clientId, UUID organizationId, String reason) {}
