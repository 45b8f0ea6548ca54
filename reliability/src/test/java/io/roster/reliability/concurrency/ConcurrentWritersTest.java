package io.roster.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.RosterActivities;
import io.roster.activities.onboarding.OnboardingReport;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.Figures;
import io.roster.reliability.support.DueFacts;
import io.roster.reliability.support.EventLedger;
import io.roster.reliability.support.InProcessTemporal;
import io.roster.reliability.support.Staff;
import io.roster.workflows.onboarding.OnboardOrganizationStaffWorkflow;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflow;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;
import io.roster.workflows.sweeps.SweepRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Everything at once on one database: two onboarding requests naming the same 80 people (and one
 * existing user), two role-expiry sweeps and two activation sweeps as of the same instant, and six
 * racers sending unit-assignment commands for that existing user. Afterwards every invariant of 003
 * holds, every person and every fact exists once, and the log replays to the live projections.
 */
class ConcurrentWritersTest {

  static final Instant AS_OF = Instant.parse("2030-01-15T12:00:00Z");
  static final int SHARED = 80;
  static final int OWN = 40;
  static final int RACERS = 6;
  static final int COMMANDS_PER_RACER = 30;
  static final DueFacts DUE = new DueFacts(600, 300, 200, 150);
  static final Duration BOUND = Duration.ofMinutes(3);

  @Test
  void overlappingOnboardingsSweepPairsAndRacingUnitCommandsKeepEveryInvariant() throws Exception {
    try (var world = new CommandWorld()) {
      var jdbi = world.db.jdbi();
      var units =
          new ArrayList<>(List.of(world.facility1.id(), world.facility2.id(), world.program1.id()));
      for (int i = 0; i < 5; i++) {
        units.add(world.fixtures.unit(world.orgA, "facility", "Extra " + i).id());
      }
      var racer = world.newUser("racer");
      var staff = new OverlapStaff(world);
      var first = new ArrayList<StaffMember>(List.of(staff.existing(racer)));
      first.addAll(staff.request("first", SHARED, OWN));
      var second = new ArrayList<StaffMember>(List.of(staff.existing(racer)));
      second.addAll(staff.request("second", SHARED, OWN));
      DUE.seed(jdbi, world.fixtures, world.fixtures.organization("Due Care", "UTC"), "race", AS_OF);
      var race =
          new UnitAssignmentRace(
              RosterActivities.create(jdbi, Optional.empty()).orgUnits(),
              jdbi,
              racer,
              units,
              List.of(world.coordinator, world.orgAdmin));

      OnboardingReport firstReport;
      OnboardingReport secondReport;
      try (var temporal = InProcessTemporal.start(jdbi, "roster-race")) {
        var submitter = temporal.submitter(10, 4);
        var pool = Executors.newFixedThreadPool(RACERS + 6);
        var go = new CountDownLatch(1);
        try {
          var onboardings =
              List.of(
                  pool.submit(
                      startingAt(
                          go, () -> onboard(temporal, submitter, world, "overlap-1", first))),
                  pool.submit(
                      startingAt(
                          go, () -> onboard(temporal, submitter, world, "overlap-2", second))));
          var sweeps = new ArrayList<Future<?>>();
          for (int i = 1; i <= 2; i++) {
            var expiry = temporal.workflow(RoleExpiryWorkflow.class, "role-expiry/race-" + i);
            var activation =
                temporal.workflow(
                    PendingRoleActivationWorkflow.class, "pending-activation/race-" + i);
            sweeps.add(
                pool.submit(startingAt(go, () -> expiry.sweep(new SweepRequest(AS_OF, 25, null)))));
            sweeps.add(
                pool.submit(
                    startingAt(go, () -> activation.activate(new SweepRequest(AS_OF, 25, null)))));
          }
          var racers = new ArrayList<Future<?>>();
          for (int r = 0; r < RACERS; r++) {
            int id = r;
            racers.add(
                pool.submit(
                    startingAt(
                        go,
                        () -> {
                          race.run(id, COMMANDS_PER_RACER);
                          return null;
                        })));
          }
          go.countDown();
          firstReport = onboardings.get(0).get(BOUND.toSeconds(), TimeUnit.SECONDS);
          secondReport = onboardings.get(1).get(BOUND.toSeconds(), TimeUnit.SECONDS);
          for (var f : sweeps) {
            f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
          }
          for (var f : racers) {
            f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
          }
        } finally {
          pool.shutdownNow();
        }
        // what appeared after the concurrent sweeps had passed is due now: one more of each
        temporal
            .workflow(RoleExpiryWorkflow.class, "role-expiry/race-last")
            .sweep(new SweepRequest(AS_OF, 100, null));
        temporal
            .workflow(PendingRoleActivationWorkflow.class, "pending-activation/race-last")
            .activate(new SweepRequest(AS_OF, 100, null));
      }

      var ledger = new EventLedger(jdbi);
      var checks = new ConcurrencyChecks(jdbi, racer);
      for (var report : List.of(firstReport, secondReport)) {
        assertThat(report.failures())
            .as("only the raced user may be refused, and only by the unit limit")
            .allSatisfy(
                f -> {
                  assertThat(f.index()).isZero();
                  assertThat(f.code()).isEqualTo("unit_limit_reached");
                });
        assertThat(report.succeeded() + report.failed()).isEqualTo(1 + SHARED + OWN);
      }
      int people = SHARED + 2 * OWN;
      assertThat(checks.usersWithEmailLike("%@overlap.test")).isEqualTo(people);
      assertThat(
              checks.onboardingEventsBesideTheRacer(
                  OnboardOrganizationStaffWorkflow.workflowId(world.orgA.id(), "overlap-1"),
                  OnboardOrganizationStaffWorkflow.workflowId(world.orgA.id(), "overlap-2")))
          .containsExactlyEntriesOf(multiply(OverlapStaff.EVENTS_PER_MEMBER, people));
      DUE.expiryEvents().forEach((type, n) -> assertThat(ledger.count(type)).as(type).isEqualTo(n));
      assertThat(checks.openedRolesNotActivated()).isZero();
      assertThat(ledger.count(EventTypes.USER_ROLE_ACTIVATED))
          .isEqualTo(checks.rolesWithAStart())
          .isGreaterThanOrEqualTo(people);
      assertThat(UnitInvariants.violations(jdbi)).isEmpty();
      assertThat(race.refusals().keySet())
          .isSubsetOf("unit_limit_reached", "unit_assignment_inactive");
      assertThat(checks.eventsOfRefusedCommands(race.keys())).isZero();
      assertThat(checks.unrememberedCommands(race.keys())).isZero();
      assertThat(ledger.duplicateStreamVersions()).isZero();
      var factTypes = new ArrayList<>(Staff.factTypes());
      factTypes.addAll(DUE.expiryEvents().keySet());
      factTypes.add(EventTypes.USER_ROLE_ACTIVATED);
      assertThat(ledger.duplicateFacts(factTypes)).isZero();
      assertThat(checks.outboxRows())
          .isEqualTo(
              ledger.count(EventTypes.USER_ROLE_ACTIVATED)
                  + ledger.count(EventTypes.USER_ROLE_EXPIRED)
                  + ledger.count(EventTypes.USER_ROLE_EXPIRY_NOTICE));
      long replayed = ledger.assertRebuildEqualsLive();
      new Figures("concurrency")
          .put("onboarding_requests", 2)
          .put("people_in_both_requests", SHARED + 1)
          .put("sweeps_at_once", 4)
          .put("unit_commands_raced", RACERS * COMMANDS_PER_RACER)
          .put("unit_commands_changed", race.changed())
          .put("unit_commands_unchanged", race.unchanged())
          .put("unit_commands_refused", race.refusals())
          .put("most_active_units_of_a_user", UnitInvariants.mostActive(jdbi))
          .put("raced_user_onboarding_refusals", firstReport.failed() + secondReport.failed())
          .put("events_replayed", replayed)
          .put("invariant_violations", 0)
          .put("duplicate_events", 0)
          .write();
    }
  }

  /** Submits a request as org A's admin and waits for its report. */
  private static OnboardingReport onboard(
      InProcessTemporal temporal,
      OnboardingSubmitter submitter,
      CommandWorld world,
      String requestId,
      List<StaffMember> members) {
    var submission =
        submitter.submit(new StoreOnboarding(world.orgA.id(), requestId, world.orgAdmin, members));
    return temporal
        .client()
        .newUntypedWorkflowStub(submission.workflowId())
        .getResult(OnboardingReport.class);
  }

  private static <T> Callable<T> startingAt(CountDownLatch go, Callable<T> work) {
    return () -> {
      if (!go.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("never started");
      }
      return work.call();
    };
  }

  private static Map<String, Long> multiply(Map<String, Long> each, int n) {
    var total = new LinkedHashMap<String, Long>();
    each.forEach((type, count) -> total.put(type, count * n));
    return total;
  }
}
