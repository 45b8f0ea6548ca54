package io.roster.worker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.activities.command.Failures;
import io.roster.db.events.EventJson;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

/**
 * The answer a command remembered under an idempotency key (command_results), for the routes that
 * must know it before they act: a submission that starts a workflow looks first, so that a repeated
 * key neither stores nor starts anything again. A key used by another command is refused with
 * {@code idempotency_key_reused}, as the command executor refuses it.
 */
@Component
public final class StoredAnswers {

  private final Jdbi jdbi;

  public StoredAnswers(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public <R> Optional<R> find(String idempotencyKey, String command, Class<R> type) {
    var row =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT command, result::text AS result FROM command_results WHERE idempotency_key = :key")
                    .bind("key", idempotencyKey)
                    .map(
                        (rs, ctx) -> new String[] {rs.getString("command"), rs.getString("result")})
                    .findOne());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (!command.equals(row.get()[0])) {
      throw Failures.validation(
          "idempotency_key_reused",
          "idempotency_key",
          "idempotency key %s was used by another command (%s)"
              .formatted(idempotencyKey, row.get()[0]));
    }
    try {
      return Optional.of(EventJson.mapper().readValue(row.get()[1], type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the stored answer as " + type, e);
    }
  }
}
