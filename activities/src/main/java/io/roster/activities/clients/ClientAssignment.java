package io.roster.activities.clients;

import java.time.Instant;
import java.util.UUID;

/**
 * A caseload assignment after {@code assignClient}.
 *
 * @param assignmentId the row id: the existing one for a known pair, else the id of the event that
 *     created it
 * @param changed false when it already was so (nothing was written)
 * @param reactivated true when an unassigned pair was assigned again
 * @param staffClientMappingEnabled the organization's {@code enable_staff_client_mapping}: when
 *     false a UI shows its informational banner, the assignment is kept all the same
 */
public record ClientAssignment(
    UUID assignmentId,
    UUID userId,
    UUID clientId,
    UUID organizationId,
    Instant assignedUntil,
    boolean changed,
    boolean reactivated,
    boolean staffClientMappingEnabled) {}
