package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/** Deactivate, reactivate or delete a schedule template. */
public record ChangeTemplateStatus(CommandMeta meta, UUID templateId) {}
