package io.roster.activities.schedules;

import java.util.UUID;

/**
 * @param removedAssignments how many user assignments (active or not) went with the template
 */
public record TemplateDeleted(UUID templateId, UUID organizationId, int removedAssignments) {}
