package io.roster.activities.schedules;

import java.util.UUID;

/**
 * @param changed false when the template already had that status (nothing was written)
 */
public record TemplateStatus(UUID templateId, boolean active, boolean changed) {}
