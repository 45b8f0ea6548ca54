package io.roster.activities.clients;

import io.roster.activities.command.CommandMeta;
import java.time.Instant;
import java.util.UUID;

/**
 * Put a client on a staff member's caseload in an organization (000); assigning an unassigned pair
 * reactivates it.
 *
 * @param clientId the client; no client table exists yet, so any id is accepted
 * @param assignedUntil optional end of the assignment, after now; null for open-ended
 * @param notes optional, at most 1,000 characters
 */
public record AssignClient(
    CommandMeta meta,
    UUID userId,
    UUID clientId,
    UUID organizationId,
    Instant assignedUntil,
    String notes) {}
