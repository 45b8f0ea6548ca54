package io.roster.activities.command;

/**
 * A command decided but not yet appended: its name, its meta (actor and idempotency key) and its
 * decision. {@link CommandExecutor#appendAll} appends many at once.
 */
public record DecidedCommand<R>(String command, CommandMeta meta, Decision<R> decision) {}
