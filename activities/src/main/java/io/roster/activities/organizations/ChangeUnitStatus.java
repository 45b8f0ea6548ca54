package io.roster.activities.organizations;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/** Deactivate or reactivate a unit. */
public record ChangeUnitStatus(CommandMeta meta, UUID unitId) {}
