package io.roster.activities.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * Who runs a command and under which idempotency key; every command input carries one.
 *
 * @param actorId the acting user, whose permissions are checked; null means the system itself
 *     (sweeps), which is not subject to authorization
 * @param idempotencyKey the same key always means the same command: a second run with it returns
 *     the first result and writes nothing (1 to 200 characters)
 * @param source where the command comes from: {@code api}, {@code workflow}, {@code sweep}
 * @param correlationId groups the events of one request (an onboarding, an HTTP call); optional
 * @param reason free text recorded in the event metadata; optional
 */
public record CommandMeta(
    UUID actorId, String idempotencyKey, String source, String correlationId, String reason) {

  public static CommandMeta of(UUID actorId, String idempotencyKey) {
    return new CommandMeta(actorId, idempotencyKey, "api", null, null);
  }

  public static CommandMeta system(String idempotencyKey, String source) {
    return new CommandMeta(null, idempotencyKey, source, null, null);
  }

  /** Derived from the actor, so not part of the serialized form. */
  @JsonIgnore
  public boolean isSystem() {
    return actorId == null;
  }

  /** A derived key for a sub-command, so one request can run several commands idempotently. */
  public CommandMeta child(String suffix) {
    return new CommandMeta(actorId, idempotencyKey + "/" + suffix, source, correlationId, reason);
  }
}
