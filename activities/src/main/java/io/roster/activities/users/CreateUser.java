package io.roster.activities.users;

import io.roster.activities.command.CommandMeta;

/** Create a user; the email is trimmed and lower-cased, and must be unique. */
public record CreateUser(CommandMeta meta, String email, String firstName, String lastName) {}
