package io.roster.worker.security;

import io.roster.activities.command.CommandMeta;
import java.util.UUID;

/**
 * Who calls and under which key: the token's {@code sub} and the request's {@code Idempotency-Key}
 * (required on POST; on PUT, PATCH and DELETE a missing key is replaced by a fresh one). The
 * command key is {@code api/<actor>/<Idempotency-Key>}, so two actors never share a key.
 *
 * @param idempotencyKey the command key, or null on a read
 */
public record Caller(UUID actorId, String idempotencyKey) {

  /** The meta of the command this request runs. */
  public CommandMeta meta() {
    return meta(null);
  }

  public CommandMeta meta(String reason) {
    if (idempotencyKey == null) {
      throw new IllegalStateException("a read request runs no command");
    }
    return new CommandMeta(actorId, idempotencyKey, "api", idempotencyKey, reason);
  }
}
