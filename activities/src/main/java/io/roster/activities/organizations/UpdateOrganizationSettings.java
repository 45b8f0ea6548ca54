package io.roster.activities.organizations;

import io.roster.activities.command.CommandMeta;
import java.util.List;
import java.util.UUID;

/**
 * Change an organization's settings; a null field is left as it is.
 *
 * @param maxActiveUnitAssignments limit of active unit assignments per user (003), 1 to 100
 * @param noticeDays the notice ladder: distinct days before a role window closes, 1 to 365
 */
public record UpdateOrganizationSettings(
    CommandMeta meta,
    UUID organizationId,
    Boolean enableStaffClientMapping,
    String timezone,
    Integer maxActiveUnitAssignments,
    List<Integer> noticeDays) {}
