package io.roster.activities.organizations;

import java.util.List;
import java.util.UUID;

public record OrganizationSettings(
    UUID organizationId,
    boolean enableStaffClientMapping,
    String timezone,
    int maxActiveUnitAssignments,
    List<Integer> noticeDays) {}
