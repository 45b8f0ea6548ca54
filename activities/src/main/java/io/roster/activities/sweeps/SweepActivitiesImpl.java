package io.roster.activities.sweeps;

import io.roster.activities.RosterObserver;
import io.roster.db.events.VersionConflictException;
import io.temporal.activity.Activity;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
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
    LocalDate cursor = null;
    for (int batch = 1; batch <= input.maxBatches(); batch++) {
      var outcome = runBatch(input.kind(), asOf, input.batchSize(), cursor);
      appended += outcome.appended();
      cursor = outcome.next();
      heartbeat(appended);
      if (outcome.appended() < input.batchSize()) {
        return new SweepProgress(appended, batch, true);
      }
    }
    return new SweepProgress(appended, input.maxBatches(), false);
  }

  /** Counts the events of one batch of {@code kind}; exposed for tests and benchmarks. */
  public int runBatch(SweepKind kind, OffsetDateTime asOf, int batchSize) {
    return runBatch(kind, asOf, batchSize, null).appended();
  }

  /**
   * One batch, and where the next batch of the same call starts: expiry notices pass the
   * role_valid_until of the last row taken (see R__72_sweep_expiry_notices.sql), the other kinds
   * need nothing (a swept row leaves their index).
   */
  private record Outcome(int appended, LocalDate next) {}

  private Outcome runBatch(SweepKind kind, OffsetDateTime asOf, int batchSize, LocalDate after) {
    for (int attempt = 1; ; attempt++) {
      try {
        var outcome =
            jdbi.inTransaction(
                handle ->
                    kind == SweepKind.EXPIRY_NOTICE
                        ? noticeBatch(handle, asOf, batchSize, after)
                        : new Outcome(
                            handle
                                .createQuery(kind.sql())
                                .bind("as_of", asOf)
                                .bind("batch_size", batchSize)
                                .mapTo(Integer.class)
                                .one(),
                            after));
        if (outcome.appended() > 0) {
          observer.sweepEvents(kind, outcome.appended());
        }
        return outcome;
      } catch (JdbiException e) {
        if (!isStreamRace(e) || attempt >= RACE_RETRIES) {
          throw e;
        }
      }
    }
  }

  private static Outcome noticeBatch(
      Handle handle, OffsetDateTime asOf, int batchSize, LocalDate after) {
    return handle
        .createQuery(
            """
            SELECT appended, last_until
            FROM sweep_expiry_notices(:as_of, :batch_size, CAST(:after_until AS date))
            """)
        .bind("as_of", asOf)
        .bind("batch_size", batchSize)
        .bind("after_until", after)
        .map(
            (rs, ctx) -> {
              var last = rs.getObject("last_until", LocalDate.class);
              return new Outcome(rs.getInt("appended"), last == null ? after : last);
            })
        .one();
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
