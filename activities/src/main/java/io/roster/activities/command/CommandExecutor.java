package io.roster.activities.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.db.events.AppendObserver;
import io.roster.db.events.AppendRequest;
import io.roster.db.events.EventJson;
import io.roster.db.events.EventMetadata;
import io.roster.db.events.EventStore;
import io.roster.db.events.VersionConflictException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs commands: read, decide, append, remember the result, all in one transaction.
 *
 * <p>Guarantees: a command whose idempotency key was used before returns the stored result of that
 * first run and writes nothing (whether it wrote events or not); a failed decision writes nothing;
 * a decision made on a stream that moved before the append is decided again from a fresh read, up
 * to {@value #MAX_ATTEMPTS} times, then surfaces as a retryable {@link VersionConflictException}.
 */
public final class CommandExecutor {

  static final int MAX_ATTEMPTS = 8;

  /** The transaction of {@link #inOneTransaction}, joined by every command on this thread. */
  private final ThreadLocal<Handle> joined = new ThreadLocal<>();

  private final Jdbi jdbi;
  private final EventStore store;

  public CommandExecutor(Jdbi jdbi) {
    this(jdbi, AppendObserver.NONE);
  }

  /** An executor whose appends are reported to {@code observer} once committed. */
  public CommandExecutor(Jdbi jdbi, AppendObserver observer) {
    this.jdbi = jdbi;
    this.store = new EventStore(jdbi, observer);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Runs a command in a transaction of its own, deciding again on version conflicts; inside {@link
   * #inOneTransaction} it joins that transaction instead.
   */
  public <R> R execute(
      String command,
      CommandMeta meta,
      Class<R> resultType,
      Function<CommandContext, Decision<R>> decide) {
    var outer = joined.get();
    if (outer != null) {
      return executeIn(outer, command, meta, resultType, decide);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(handle -> executeIn(handle, command, meta, resultType, decide));
      } catch (VersionConflictException conflict) {
        if (attempt >= MAX_ATTEMPTS) {
          throw conflict;
        }
        backOff(attempt);
      }
    }
  }

  /**
   * Runs {@code work} in one transaction that every command it executes on this thread joins: all
   * of them commit together or none does. A refusal or a version conflict rolls back the whole
   * unit; conflicts are retried as a whole, up to {@value #MAX_ATTEMPTS} times.
   */
  public <R> R inOneTransaction(java.util.function.Supplier<R> work) {
    if (joined.get() != null) {
      throw new IllegalStateException("inOneTransaction does not nest");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(
            handle -> {
              joined.set(handle);
              try {
                return work.get();
              } finally {
                joined.remove();
              }
            });
      } catch (VersionConflictException conflict) {
        if (attempt >= MAX_ATTEMPTS) {
          throw conflict;
        }
        backOff(attempt);
      }
    }
  }

  /**
   * The transaction of the enclosing {@link #inOneTransaction}, for work that must commit with it.
   */
  public Handle joinedHandle() {
    var handle = joined.get();
    if (handle == null) {
      throw new IllegalStateException("not inside inOneTransaction");
    }
    return handle;
  }

  /**
   * Runs a command inside the caller's transaction (several commands applied atomically, as one
   * onboarded member). A version conflict propagates: the caller retries the whole transaction.
   */
  public <R> R executeIn(
      Handle handle,
      String command,
      CommandMeta meta,
      Class<R> resultType,
      Function<CommandContext, Decision<R>> decide) {
    CommandInputs.requireMeta(meta);
    var stored = storedResult(handle, command, meta, resultType);
    if (stored.isPresent()) {
      return stored.get();
    }
    var decision = decide.apply(new CommandContext(handle, meta, store));
    if (!decision.events().isEmpty()) {
      store.append(
          handle,
          new AppendRequest(
              meta.idempotencyKey(),
              metadata(meta),
              decision.events(),
              decision.expectedVersions()));
    }
    int remembered =
        handle
            .createUpdate(
                """
                INSERT INTO command_results (idempotency_key, command, actor_id, result)
                VALUES (:key, :command, :actor, CAST(:result AS jsonb))
                ON CONFLICT (idempotency_key) DO NOTHING
                """)
            .bind("key", meta.idempotencyKey())
            .bind("command", command)
            .bind("actor", meta.actorId())
            .bind("result", json(decision.result()))
            .execute();
    if (remembered != 1) {
      throw new VersionConflictException(
          "a concurrent command used idempotency key " + meta.idempotencyKey());
    }
    return decision.result();
  }

  private <R> Optional<R> storedResult(
      Handle handle, String command, CommandMeta meta, Class<R> resultType) {
    return handle
        .createQuery(
            "SELECT command, result::text AS result FROM command_results WHERE idempotency_key = :key")
        .bind("key", meta.idempotencyKey())
        .map(
            (rs, ctx) -> {
              if (!command.equals(rs.getString("command"))) {
                throw Failures.validation(
                    "idempotency_key_reused",
                    "idempotency_key",
                    "idempotency key %s was used by another command (%s)"
                        .formatted(meta.idempotencyKey(), rs.getString("command")));
              }
              return read(rs.getString("result"), resultType);
            })
        .findOne();
  }

  private static EventMetadata metadata(CommandMeta meta) {
    var base =
        EventMetadata.of(meta.actorId(), meta.source())
            .withCorrelationId(meta.correlationId())
            .withReason(meta.reason());
    return ActivityInfo.current()
        .map(info -> base.withWorkflow(info.workflowId(), info.runId(), info.activityId()))
        .orElse(base);
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize command result " + value, e);
    }
  }

  private static <R> R read(String json, Class<R> type) {
    try {
      return EventJson.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read stored command result as " + type, e);
    }
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a command", e);
    }
  }
}
