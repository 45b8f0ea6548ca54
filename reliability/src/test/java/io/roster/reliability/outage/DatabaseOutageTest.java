package io.roster.reliability.outage;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.onboarding.OnboardingReport;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.db.Jdbis;
import io.roster.db.Migrations;
import io.roster.db.RosterDatabase;
import io.roster.db.events.EventStore;
import io.roster.db.events.EventTypes;
import io.roster.db.onboarding.OnboardingQueries;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Figures;
import io.roster.reliability.support.DueFacts;
import io.roster.reliability.support.EventLedger;
import io.roster.reliability.support.FreePort;
import io.roster.reliability.support.InProcessTemporal;
import io.roster.reliability.support.LoopbackTemporalServer;
import io.roster.reliability.support.Poll;
import io.roster.reliability.support.Staff;
import io.roster.reliability.support.WorkerEnvironment;
import io.roster.reliability.support.WorkerProcess;
import io.roster.workflows.onboarding.OnboardingSubmission;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;
import io.roster.workflows.sweeps.SweepRequest;
import io.roster.workflows.sweeps.SweepTally;
import io.temporal.client.WorkflowClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for 12 seconds, wall-clock, while an onboarding and a role-expiry sweep
 * are running on a real-time Temporal worker with the real activities, then comes back on the same
 * data and port: both runs complete and the log holds exactly the events they owe, each once.
 * Meanwhile the packaged service ({@code roster-worker.jar}) on the same database says it is not
 * ready while the database is away, and ready again once it is back.
 */
class DatabaseOutageTest {

  static final int MEMBERS = 800;
  static final DueFacts DUE = new DueFacts(1_200, 800, 500, 300);
  static final Instant AS_OF = Instant.parse("2030-01-15T12:00:00Z");
  static final long OUTAGE_MILLIS = 12_000;
  static final Duration BOUND = Duration.ofMinutes(3);
  static final String TASK_QUEUE = "roster-outage";
  static final Path LOGS = Path.of("target", "database-outage");

  @Test
  void twelveSecondsWithoutTheDatabaseMidOnboardingAndMidSweepLoseAndDoubleNothing()
      throws Exception {
    var directory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "outage-pg-");
    int httpPort = FreePort.onLoopback();
    var readiness = new Readiness(httpPort);
    try (var postgres = new RestartablePostgres(directory.resolve("data"));
        var database = RosterDatabase.connect(postgres.jdbcUrl(), "postgres", "", 16);
        var serviceTemporal = LoopbackTemporalServer.start();
        // the service boots on the same database while the test writes its data
        var service =
            WorkerProcess.start(
                WorkerProcess.copyOfJar(LOGS),
                WorkerEnvironment.of(
                    postgres.jdbcUrl(),
                    serviceTemporal.address(),
                    "roster-outage-service",
                    httpPort,
                    LOGS.resolve("home")),
                LOGS.resolve("service.log"))) {
      Migrations.apply(database.dataSource());
      var jdbi = Jdbis.create(database.dataSource());
      var fixtures = new EventFixtures(new EventStore(jdbi), null);
      var org = fixtures.organization("Outage Care", "UTC");
      var admin = fixtures.user("admin@outage.test");
      fixtures.assignRole(admin, "provider_admin", org);
      var staff =
          Staff.of(
              fixtures,
              org,
              fixtures.unit(org, "facility", "North"),
              fixtures.unit(org, "facility", "South"));
      DUE.seed(jdbi, fixtures, fixtures.organization("Due Care", "UTC"), "outage", AS_OF);
      Poll.until(
          "the service is ready",
          BOUND,
          () -> running(service) && readiness.status() == 200,
          () -> "service log:\n" + service.logTail(20));

      try (var temporal = InProcessTemporal.start(jdbi, TASK_QUEUE)) {
        var client = temporal.client();
        var ledger = new EventLedger(jdbi);
        CompletableFuture<SweepTally> sweep;
        OnboardingSubmission submission;
        int doneAtOutage;
        try (var gate = new ClientStageGate(postgres.jdbcUrl())) {
          sweep =
              WorkflowClient.execute(
                  temporal.workflow(RoleExpiryWorkflow.class, "role-expiry/outage")::sweep,
                  new SweepRequest(AS_OF, 100, null));
          submission =
              temporal
                  .submitter(25, 4)
                  .submit(
                      new StoreOnboarding(
                          org.id(), "outage", admin, staff.members("outage", MEMBERS)));
          Poll.until(
              "the sweep has done its notice and role stages and a fifth of the staff is in",
              BOUND,
              () ->
                  ledger.count(EventTypes.USER_ROLE_EXPIRED) == DUE.expiringRoles()
                      && ledger.count(EventTypes.USER_ROLE_EXPIRY_NOTICE)
                          == DUE.users() - DUE.expiringRoles()
                      && done(jdbi, org.id()) >= MEMBERS / 5);
          doneAtOutage = done(jdbi, org.id());
          assertThat(doneAtOutage).as("onboarding still running").isLessThan(MEMBERS);
          assertThat(ledger.count(EventTypes.USER_CLIENT_UNASSIGNED))
              .as("sweep held at its client stage")
              .isZero();
          postgres.stop();
        }
        long stopped = System.nanoTime();
        Poll.until(
            "the service is not ready without its database",
            Duration.ofMillis(OUTAGE_MILLIS),
            () -> running(service) && readiness.status() == 503);
        long notReadyAfter = System.nanoTime() - stopped;
        Poll.pause(OUTAGE_MILLIS - Duration.ofNanos(notReadyAfter).toMillis());
        postgres.start();
        long restarted = System.nanoTime();
        Poll.until(
            "the service is ready again",
            BOUND,
            () -> running(service) && readiness.status() == 200,
            () -> "service log:\n" + service.logTail(20));
        long readyAgainAfter = System.nanoTime() - restarted;

        var tally = sweep.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        var report =
            client
                .newUntypedWorkflowStub(submission.workflowId())
                .getResultAsync(OnboardingReport.class)
                .get(BOUND.toSeconds(), TimeUnit.SECONDS);
        long recoverySeconds = Duration.ofNanos(System.nanoTime() - restarted).toSeconds();

        assertThat(report.succeeded()).isEqualTo(MEMBERS);
        assertThat(report.failed()).isZero();
        assertThat(ledger.typesOfCorrelation(submission.workflowId()))
            .containsExactlyEntriesOf(staff.eventsFor(MEMBERS));
        DUE.expiryEvents()
            .forEach((type, n) -> assertThat(ledger.count(type)).as(type).isEqualTo(n));
        assertThat(tally.total())
            .isEqualTo(DUE.expiryEvents().values().stream().mapToLong(n -> n).sum());
        assertThat(ledger.duplicateStreamVersions()).isZero();
        assertThat(ledger.duplicateFacts(Staff.factTypes())).isZero();
        assertThat(ledger.duplicateFacts(DUE.expiryEvents().keySet())).isZero();
        assertThat(outboxRows(jdbi))
            .isEqualTo(
                ledger.count(EventTypes.USER_ROLE_EXPIRED)
                    + ledger.count(EventTypes.USER_ROLE_EXPIRY_NOTICE));
        long replayed = ledger.assertRebuildEqualsLive();
        new Figures("database-outage")
            .put("outage_seconds", OUTAGE_MILLIS / 1000)
            .put("members", MEMBERS)
            .put("members_done_at_outage", doneAtOutage)
            .put("sweep_events", tally.total())
            .put("sweep_stages_done_at_outage", 2)
            .put("seconds_from_restart_to_both_complete", recoverySeconds)
            .put("service_not_ready_after_ms", Duration.ofNanos(notReadyAfter).toMillis())
            .put("service_ready_again_after_ms", Duration.ofNanos(readyAgainAfter).toMillis())
            .put("events_replayed", replayed)
            .put("projection_rows_compared", ledger.projectionRows())
            .put("duplicate_events", 0)
            .write();
      }
    }
  }

  /** Fails at once, with its log, if the service process has died. */
  private static boolean running(WorkerProcess service) {
    if (!service.isAlive()) {
      throw new AssertionError(
          "the service died (" + service.exitStatus() + "):\n" + service.logTail(40));
    }
    return true;
  }

  private static int done(Jdbi jdbi, UUID org) {
    var counts = jdbi.onDemand(OnboardingQueries.class).counts(org, "outage");
    return counts.succeeded() + counts.failed();
  }

  private static long outboxRows(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM notification_outbox").mapTo(Long.class).one());
  }
}
