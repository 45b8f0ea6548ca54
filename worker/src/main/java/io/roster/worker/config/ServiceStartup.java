package io.roster.worker.config;

import io.roster.db.DatabaseSettings;
import io.roster.db.Migrations;
import io.roster.worker.observability.SearchAttributeRegistrar;
import io.roster.worker.observability.StartupState;
import io.roster.worker.observability.StartupState.Step;
import io.roster.worker.observability.TemporalProbe;
import io.roster.worker.schedules.SweepSchedules;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Brings the service up behind a running HTTP server, so liveness answers at once while readiness
 * waits: applies the migrations once PostgreSQL answers, waits for Temporal's namespace, registers
 * the search attributes, starts the worker, ensures the sweep schedules. Each step is retried until
 * it works, saying what is unreachable and which settings fix it.
 *
 * <p>Stopping (SIGTERM) stops polling at once and gives running activities up to the grace period
 * (ROSTER_SHUTDOWN_GRACE) to finish, beside the HTTP server's own graceful shutdown.
 */
final class ServiceStartup implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ServiceStartup.class);

  private final DataSource dataSource;
  private final DatabaseSettings database;
  private final TemporalProbe temporal;
  private final SearchAttributeRegistrar searchAttributes;
  private final WorkerFactory workers;
  private final SweepSchedules schedules;
  private final boolean schedulesEnabled;
  private final StartupState state;
  private final Retrying retrying;
  private final WorkerDrain drain;
  private volatile Thread thread;
  private volatile boolean running;

  ServiceStartup(
      DataSource dataSource,
      DatabaseSettings database,
      TemporalProbe temporal,
      SearchAttributeRegistrar searchAttributes,
      WorkerFactory workers,
      SweepSchedules schedules,
      boolean schedulesEnabled,
      StartupState state,
      Duration maxRetryWait,
      Duration grace) {
    this.dataSource = dataSource;
    this.database = database;
    this.temporal = temporal;
    this.searchAttributes = searchAttributes;
    this.workers = workers;
    this.schedules = schedules;
    this.schedulesEnabled = schedulesEnabled;
    this.state = state;
    this.retrying = new Retrying(state, maxRetryWait);
    this.drain = new WorkerDrain(workers, grace);
  }

  @Override
  public void start() {
    running = true;
    log.info(
        "Starting on PostgreSQL {} and Temporal {} (namespace {})",
        where(database),
        temporal.target(),
        temporal.namespace());
    // The first attempt runs here, in start-up: when PostgreSQL answers (always, when embedded),
    // every bean and runner after this one finds the schema migrated. Retries go to the background.
    String failed = migrate();
    thread = new Thread(() -> bringUp(failed), "roster-startup");
    thread.setDaemon(true);
    thread.start();
  }

  /** Applies the migrations once; returns why it could not, or null. */
  private String migrate() {
    try {
      migrated(Migrations.apply(dataSource));
      return null;
    } catch (RuntimeException e) {
      var why = unreachableDatabase(e);
      state.waiting(Step.DATABASE, why);
      log.warn("{} (retrying in the background)", why);
      return why;
    }
  }

  private String unreachableDatabase(RuntimeException e) {
    return "PostgreSQL %s does not answer (%s): set ROSTER_DB_URL, ROSTER_DB_USER and ROSTER_DB_PASSWORD to a reachable server, or unset ROSTER_DB_URL for the embedded one"
        .formatted(where(database), Retrying.rootMessage(e));
  }

  private void migrated(MigrateResult result) {
    state.done(
        Step.DATABASE,
        result.migrationsExecuted == 0
            ? "schema up to date"
            : "schema at version %s (%d migrations applied now)"
                .formatted(result.targetSchemaVersion, result.migrationsExecuted));
    log.info("Database ready: {}", state.details().get("database"));
  }

  /**
   * The rest of start-up, each step retried until it works; {@code databaseFailure}: why not yet.
   */
  private void bringUp(String databaseFailure) {
    try {
      if (databaseFailure != null) {
        migrated(
            retrying.until(
                Step.DATABASE,
                () -> Migrations.apply(dataSource),
                this::unreachableDatabase,
                databaseFailure));
      }
      retrying.until(Step.TEMPORAL, () -> answer(temporal), RuntimeException::getMessage);
      state.done(Step.TEMPORAL, "namespace %s answers".formatted(temporal.namespace()));
      var registered =
          retrying.until(
              Step.SEARCH_ATTRIBUTES,
              searchAttributes::register,
              e -> "registering search attributes: " + Retrying.rootMessage(e));
      state.done(Step.SEARCH_ATTRIBUTES, registered);
      retrying.until(Step.WORKER, this::startWorkers, e -> "starting the worker: " + e);
      state.done(Step.WORKER, "polling");
      if (schedulesEnabled) {
        var ensured =
            retrying.until(
                Step.SCHEDULES, schedules::ensure, e -> "ensuring the sweep schedules: " + e);
        state.done(Step.SCHEDULES, ensured.toString());
      } else {
        state.done(Step.SCHEDULES, "disabled (roster.schedules.enabled=false)");
      }
      log.info("Roster is ready");
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  private static Boolean answer(TemporalProbe probe) {
    probe.check();
    return true;
  }

  private Boolean startWorkers() {
    workers.start();
    return true;
  }

  private static String where(DatabaseSettings settings) {
    return settings.embedded()
        ? "embedded (data in " + settings.embeddedDataDirectory() + ")"
        : "at " + settings.url().get();
  }

  @Override
  public void stop(Runnable callback) {
    running = false;
    var startup = thread;
    if (startup != null) {
      startup.interrupt();
    }
    var shutdown =
        new Thread(
            () -> {
              try {
                joinQuietly(startup);
                drain.drain();
              } finally {
                callback.run();
              }
            },
            "roster-worker-shutdown");
    shutdown.start();
  }

  private static void joinQuietly(Thread startup) {
    if (startup == null) {
      return;
    }
    try {
      startup.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    running = false;
    var startup = thread;
    if (startup != null) {
      startup.interrupt();
    }
    joinQuietly(startup);
    drain.drain();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Beside the HTTP server's graceful shutdown: both drain at once within one grace period. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1024;
  }
}
