package io.roster.db.organizations;

import java.util.List;
import java.util.UUID;

/** A row of {@code organizations_projection}; {@code directCareSettings} is its JSON text. */
public record OrganizationRow(
    UUID id,
    String name,
    String slug,
    UUID parentOrganizationId,
    String path,
    String timezone,
    String directCareSettings,
    int maxActiveUnitAssignments,
    List<Integer> noticeDays,
    boolean isActive) {}
