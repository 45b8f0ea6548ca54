package io.roster.worker.api.organizations;

import java.util.List;

/** Body of {@code PATCH /organizations/{org}/settings}; an absent field is left as it is. */
record UpdateSettingsRequest(
    Boolean enableStaffClientMapping,
    String timezone,
    Integer maxActiveUnitAssignments,
    List<Integer> noticeDays) {}
