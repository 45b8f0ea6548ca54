package io.roster.activities.sweeps;

import io.roster.activities.RosterObserver;
import io.roster.db.events.VersionConflictException;
import io.temporal.activity.Activity;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Runs sweep batches against PostgreSQL; see {@link SweepActivities}. */
public final class SweepActivitiesImpl implements SweepActivities {

  private static final int RACE_RETRIES = 5;

  private final Jdbi jdbi;
  private final RosterObserver observer;

  public SweepActivitiesImpl(Jdbi jdbi) {
    this(jdbi, RosterObserver.NONE);
  }

  /** Reports each committed batch's events to {@code observer}. */
  public SweepActivitiesImpl(Jdbi jdbi, RosterObserver observer) {
    this.jdbi = jdbi;
    this.observer = observer;
  }

  @Override
  public SweepProgress sweepBatches(SweepBatches input) {
    if (input.batchSize() < 1 || input.batchSize() > 10_000 || input.maxBatches() < 1) {
      throw new IllegalArgumentException(
          "batch size must be 1..10000 and max batches >= 1: " + input);
    }
    var asOf = OffsetDateTime.ofInstant(input.asOf(), ZoneOffset.UTC);
    long appended = 0;
    for (int batch = 1; batch <= input.maxBatches(); batch++) {
      int count = runBatch(input.kind(), asOf, input.batchSize());
      appended += count;
      heartbeat(appended);
      if (count < input.batchSize()) {
        return new SweepProgress(appended, batch, true);
      }
    }
    return new SweepProgress(appended, input.maxBatches(), false);
  }

  /** Counts the events of one batch of {@code kind}; exposed for tests and benchmarks. */
  public int runBatch(SweepKind kind, OffsetDateTime asOf, int batchSize) {
    for (int attempt = 1; ; attempt++) {
      try {
        int appended =
            jdbi.inTransaction(
                handle ->
                    handle
                        .createQuery(kind.sql())
                        .bind("as_of", asOf)
                        .bind("batch_size", batchSize)
                        .mapTo(Integer.class)
                        .one());
        if (appended > 0) {
          observer.sweepEvents(kind, appended);
        }
        return appended;
      } catch (JdbiException e) {
        if (!isStreamRace(e) || attempt >= RACE_RETRIES) {
          throw e;
        }
      }
    }
  }

  /** A concurrent command took the stream version this batch computed: decide again. */
  private static boolean isStreamRace(JdbiException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && ("40001".equals(sql.getSQLState())
              || ("23505".equals(sql.getSQLState())
                  && String.valueOf(sql.getMessage())
                      .contains("domain_events_stream_version_key")))) {
        return true;
      }
      if (t instanceof VersionConflictException) {
        return true;
      }
    }
    return false;
  }

  private static void heartbeat(long appended) {
    try {
      Activity.getExecutionContext().heartbeat(appended);
    } catch (IllegalStateException notInAnActivity) {
      // called directly (tests, benchmarks): nobody to heartbeat to
    }
  }
}
