package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/**
 * Take a user off a schedule template.
 *
 * @param reason optional free text, recorded in the event (at most 1000 characters)
 */
public record UnassignUserFromSchedule(
    CommandMeta meta, UUID templateId, UUID userId, String reason) {}
