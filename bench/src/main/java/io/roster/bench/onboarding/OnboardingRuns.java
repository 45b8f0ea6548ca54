package io.roster.bench.onboarding;

import io.roster.activities.RosterActivities;
import io.roster.activities.onboarding.OnboardingReport;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.bench.infra.BenchTemporal;
import io.roster.bench.infra.SqlScript;
import io.roster.workflows.onboarding.OnboardingInput;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import java.util.Optional;
import java.util.UUID;

/** The three ways the onboarding scenario onboards a staff, each timed in its own database. */
final class OnboardingRuns {

  private static final UUID FLOOR_NAMESPACE =
      UUID.fromString("0be0b0a2-0000-4000-8000-00000000be04");

  private OnboardingRuns() {}

  /** A timed run: how long, and how many events it appended. */
  record Timed(long nanos, long events) {}

  /**
   * The product path: the request stored and OnboardOrganizationStaffWorkflow run with the worker's
   * defaults (batches of 50, 4 at once) on real activities, from submission to report.
   */
  static Timed workflow(OnboardingWorld world, int staff) {
    var jdbi = world.db().jdbi();
    var members = world.staff("workflow", staff);
    var activities = RosterActivities.create(jdbi, Optional.empty());
    try (var temporal = new BenchTemporal(activities.all())) {
      var submitter =
          new OnboardingSubmitter(
              temporal.client(),
              BenchTemporal.TASK_QUEUE,
              new OnboardingRequestStore(jdbi),
              OnboardingInput.of(null, null));
      long before = events(world);
      long started = System.nanoTime();
      var submission =
          submitter.submit(
              new StoreOnboarding(world.organizationId(), "bench", world.admin(), members));
      var report =
          temporal
              .client()
              .newUntypedWorkflowStub(submission.workflowId())
              .getResult(OnboardingReport.class);
      long nanos = System.nanoTime() - started;
      if (report.succeeded() != staff || report.failed() != 0) {
        throw new IllegalStateException("onboarding did not onboard every member: " + report);
      }
      return checked(new Timed(nanos, events(world) - before), staff);
    }
  }

  /** Baseline (a): the same request's events in one INSERT (bench/onboarding_floor.sql). */
  static Timed floor(OnboardingWorld world, int staff) {
    var jdbi = world.db().jdbi();
    new OnboardingRequestStore(jdbi)
        .store(
            new StoreOnboarding(
                world.organizationId(), "floor", world.admin(), world.staff("floor", staff)));
    var sql = SqlScript.text("bench/onboarding_floor.sql");
    return jdbi.inTransaction(
        handle -> {
          long started = System.nanoTime();
          int inserted =
              handle
                  .createUpdate(sql)
                  .bind("namespace", FLOOR_NAMESPACE)
                  .bind("org", world.organizationId())
                  .bind("request", "floor")
                  .execute();
          return checked(new Timed(System.nanoTime() - started, inserted), staff);
        });
  }

  /** Baseline (b): SequentialOnboardingWorkflow, one command activity at a time, no pause. */
  static Timed sequential(OnboardingWorld world, int members) {
    var jdbi = world.db().jdbi();
    var staff = world.staff("sequential", members);
    var activities = RosterActivities.create(jdbi, Optional.empty());
    try (var temporal = new BenchTemporal(activities.all())) {
      var workflow = temporal.newWorkflow(SequentialOnboardingWorkflow.class, "sequential-bench");
      long before = events(world);
      long started = System.nanoTime();
      int done =
          workflow.onboard(
              new SequentialOnboardingInput(world.organizationId(), world.admin(), "seq", staff));
      long nanos = System.nanoTime() - started;
      if (done != members) {
        throw new IllegalStateException("sequential onboarding did " + done + " of " + members);
      }
      return checked(new Timed(nanos, events(world) - before), members);
    }
  }

  private static Timed checked(Timed timed, int members) {
    long expected = (long) members * OnboardingWorld.EVENTS_PER_MEMBER;
    if (timed.events() != expected) {
      throw new IllegalStateException(
          "expected " + expected + " events, " + timed.events() + " were appended");
    }
    return timed;
  }

  private static long events(OnboardingWorld world) {
    return world
        .db()
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT count(*) FROM domain_events").mapTo(Long.class).one());
  }
}
