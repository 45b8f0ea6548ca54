package io.roster.activities.organizations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Payload of {@code organization.settings.updated}: the full settings after the change. */
record OrganizationSettingsUpdatedEvent(
    UUID organizationId,
    Map<String, Object> directCareSettings,
    String timezone,
    int maxActiveUnitAssignments,
    List<Integer> noticeDays) {}
