package io.roster.activities.schedules;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/** Deactivate a user schedule; its key (user, organization, unit) is then free for a new one. */
public record DeactivateUserSchedule(CommandMeta meta, UUID scheduleId) {}
