package io.roster.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.onboarding.OnboardingReport;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.onboarding.OnboardingQueries;
import io.roster.db.testing.Figures;
import io.roster.reliability.support.EventLedger;
import io.roster.reliability.support.LoopbackTemporalServer;
import io.roster.reliability.support.Poll;
import io.roster.reliability.support.Staff;
import io.roster.reliability.support.WorkerEnvironment;
import io.roster.reliability.support.WorkerProcess;
import io.roster.workflows.onboarding.OnboardingInput;
import io.roster.workflows.onboarding.OnboardingSubmission;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged worker ({@code roster-worker.jar}, a separate process) onboards 2,000 staff members
 * against a Temporal server and a PostgreSQL on 127.0.0.1, and is killed with SIGKILL twice mid-run
 * (after a fifth and after three fifths of the members): restarted each time, it completes the
 * onboarding with every member's events exactly once, and the projections equal a replay of the
 * log.
 */
class WorkerCrashTest {

  static final int MEMBERS = 2_000;
  static final String TASK_QUEUE = "roster-crash";
  static final Duration PROGRESS_BOUND = Duration.ofMinutes(4);
  static final Path LOGS = Path.of("target", "worker-crash");

  @Test
  void twoSigkillsMidOnboardingLoseNoMemberAndDoubleNoEvent() throws Exception {
    try (var world = new CommandWorld();
        var temporal = LoopbackTemporalServer.start()) {
      assertThat(temporal.listenAddress().getAddress().isLoopbackAddress()).isTrue();
      var staff = Staff.of(world.fixtures, world.orgA, world.facility1, world.facility2);
      var environment =
          WorkerEnvironment.of(
              world.db.jdbcUrl(), temporal.address(), TASK_QUEUE, 0, LOGS.resolve("home"));
      var jar = WorkerProcess.copyOfJar(LOGS);
      OnboardingSubmission submission;
      int firstKill;
      try (var first = WorkerProcess.start(jar, environment, LOGS.resolve("worker-1.log"))) {
        // the worker boots while the request is stored
        submission =
            new OnboardingSubmitter(
                    temporal.client(),
                    TASK_QUEUE,
                    new OnboardingRequestStore(world.db.jdbi()),
                    new OnboardingInput(null, null, 50, 4, 0, 0, null))
                .submit(
                    new StoreOnboarding(
                        world.orgA.id(),
                        "crash-2000",
                        world.orgAdmin,
                        staff.members("crash", MEMBERS)));
        firstKill = killWhenDone(first, new Progress(world, "crash-2000"), MEMBERS / 5);
      }
      var progress = new Progress(world, "crash-2000");
      int secondKill =
          killWhenDone(
              WorkerProcess.start(jar, environment, LOGS.resolve("worker-2.log")),
              progress,
              Math.max(firstKill + 1, 3 * MEMBERS / 5));
      OnboardingReport report;
      try (var last = WorkerProcess.start(jar, environment, LOGS.resolve("worker-3.log"))) {
        report =
            temporal
                .client()
                .newUntypedWorkflowStub(submission.workflowId())
                .getResultAsync(OnboardingReport.class)
                .get(PROGRESS_BOUND.toSeconds(), TimeUnit.SECONDS);
      }

      assertThat(firstKill).isLessThan(secondKill);
      assertThat(secondKill).isLessThan(MEMBERS);
      assertThat(report.succeeded()).isEqualTo(MEMBERS);
      assertThat(report.failed()).isZero();
      var ledger = new EventLedger(world.db.jdbi());
      var events = ledger.typesOfCorrelation(submission.workflowId());
      assertThat(events).containsExactlyEntriesOf(staff.eventsFor(MEMBERS));
      assertThat(ledger.duplicateStreamVersions()).isZero();
      assertThat(ledger.duplicateFacts(Staff.factTypes())).isZero();
      long replayed = ledger.assertRebuildEqualsLive();
      new Figures("worker-crash")
          .put("members", MEMBERS)
          .put("sigkills", 2)
          .put("members_done_at_kill_1", firstKill)
          .put("members_done_at_kill_2", secondKill)
          .put("events_of_the_request", events.values().stream().mapToLong(Long::longValue).sum())
          .put("events_replayed", replayed)
          .put("projection_rows_compared", ledger.projectionRows())
          .put("duplicate_events", 0)
          .write();
    }
  }

  /**
   * Waits until the worker has done at least {@code target} members, kills it with SIGKILL and
   * returns how many members were done at that moment.
   */
  private static int killWhenDone(WorkerProcess started, Progress progress, int target) {
    try (var worker = started) {
      Poll.until(
          "the worker has onboarded " + target + " members",
          PROGRESS_BOUND,
          () -> {
            if (!worker.isAlive()) {
              throw new AssertionError(
                  "worker died (" + worker.exitStatus() + "):\n" + worker.logTail(40));
            }
            return progress.done() >= target;
          },
          () -> progress.done() + " done; worker log:\n" + worker.logTail(20));
      assertThat(worker.kill()).as("killed by SIGKILL").isEqualTo(137);
      return progress.done();
    }
  }

  /** Members of the request done so far, read from onboarding_requests. */
  private record Progress(CommandWorld world, String requestId) {
    int done() {
      var counts =
          world.db.jdbi().onDemand(OnboardingQueries.class).counts(world.orgA.id(), requestId);
      return counts.succeeded() + counts.failed();
    }
  }
}
