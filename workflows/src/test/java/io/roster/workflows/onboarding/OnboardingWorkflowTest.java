package io.roster.workflows.onboarding;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.RosterActivities;
import io.roster.activities.onboarding.OnboardingActivities;
import io.roster.activities.onboarding.OnboardingReport;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.workflows.testing.TemporalWorld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnboardingWorkflowTest {

  static CommandWorld world;
  static TemporalWorld temporal;
  static OnboardingSubmitter submitter;
  static StaffFactory staff;
  static FailOnceAfterCommit flaky;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    var template = UUID.randomUUID();
    world.fixtures.append(
        EventTypes.SCHEDULE_CREATED,
        template,
        data(
            "template_id",
            template,
            "organization_id",
            world.orgA.id(),
            "org_unit_id",
            null,
            "schedule_name",
            "Weekdays",
            "schedule",
            Map.of("monday", Map.of("begin", "0800", "end", "1630"))));
    staff = new StaffFactory(world, template);
    var activities = RosterActivities.create(world.db.jdbi(), java.util.Optional.empty());
    flaky = new FailOnceAfterCommit(activities.onboarding());
    temporal =
        new TemporalWorld(
            world.db,
            null,
            w -> {
              w.worker.registerWorkflowImplementationTypes(
                  OnboardOrganizationStaffWorkflowImpl.class);
              w.worker.registerActivitiesImplementations(flaky);
            });
    submitter =
        new OnboardingSubmitter(
            temporal.client(),
            TemporalWorld.TASK_QUEUE,
            new OnboardingRequestStore(world.db.jdbi()),
            new OnboardingInput(null, null, 10, 3, 0, 0, null));
  }

  @AfterAll
  static void tearDown() {
    temporal.close();
    world.close();
  }

  private static OnboardingReport run(String requestId, List<StaffMember> members) {
    var submission =
        submitter.submit(new StoreOnboarding(world.orgA.id(), requestId, world.orgAdmin, members));
    return resultOf(submission);
  }

  /** Waits for the workflow, following its continued runs, and returns its report. */
  private static OnboardingReport resultOf(OnboardingSubmission submission) {
    return temporal
        .client()
        .newUntypedWorkflowStub(submission.workflowId())
        .getResult(OnboardingReport.class);
  }

  private static long eventsOf(String requestId) {
    return world
        .db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM domain_events WHERE event_metadata ->> 'correlation_id' = :c")
                    .bind(
                        "c",
                        OnboardOrganizationStaffWorkflow.workflowId(world.orgA.id(), requestId))
                    .mapTo(Long.class)
                    .one());
  }

  private static long usersWithEmailLike(String pattern) {
    return world
        .db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM users WHERE email LIKE :p")
                    .bind("p", pattern)
                    .mapTo(Long.class)
                    .one());
  }

  @Test
  void fiftyMembersWithThreeBadOnesOnboardFortySevenAndReportThreeWithTheirCodes() {
    var members = new ArrayList<StaffMember>();
    for (int i = 0; i < 50; i++) {
      members.add(staff.full("fifty-" + i + "@onboard.test"));
    }
    members.set(7, staff.withRole(members.get(7), new StaffRole("wizard", null, null, null)));
    members.set(21, staff.withUnit(members.get(21), world.facilityB.id()));
    members.set(
        33,
        staff.withRole(
            members.get(33),
            new StaffRole("clinician", null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1))));

    var report = run("fifty", members);

    assertThat(report.total()).isEqualTo(50);
    assertThat(report.succeeded()).isEqualTo(47);
    assertThat(report.failed()).isEqualTo(3);
    assertThat(report.failures())
        .extracting(f -> f.index() + ":" + f.email() + ":" + f.code())
        .containsExactly(
            "7:fifty-7@onboard.test:role_not_found",
            "21:fifty-21@onboard.test:organization_id_consistency",
            "33:fifty-33@onboard.test:date_order");
    assertThat(report.failures()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    assertThat(eventsOf("fifty")).isEqualTo(47L * StaffFactory.EVENTS_PER_FULL_MEMBER);
    assertThat(usersWithEmailLike("fifty-%")).isEqualTo(47);
    for (int bad : new int[] {7, 21, 33}) {
      assertThat(usersWithEmailLike("fifty-" + bad + "@%"))
          .as("no partial member %d", bad)
          .isZero();
    }
    var primaries =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT count(*) FROM user_org_unit_assignments_projection a JOIN users u ON u.id = a.user_id
            WHERE u.email LIKE 'fifty-%' AND a.is_primary AND a.organization_unit_id = :f1
            """)
                        .bind("f1", world.facility1.id())
                        .mapTo(Long.class)
                        .one());
    assertThat(primaries).as("the unit marked primary is the primary").isEqualTo(47);
  }

  @Test
  void theSameRequestSubmittedTwiceIsOneRunAndOneSetOfEvents() {
    var members = List.of(staff.full("twice-0@onboard.test"), staff.full("twice-1@onboard.test"));
    var request = new StoreOnboarding(world.orgA.id(), "twice", world.orgAdmin, members);
    var first = submitter.submit(request);
    resultOf(first);
    long events = eventsOf("twice");
    var second = submitter.submit(request);
    assertThat(second.started()).isFalse();
    assertThat(second.runId()).isEqualTo(first.runId());
    assertThat(eventsOf("twice"))
        .isEqualTo(events)
        .isEqualTo(2L * StaffFactory.EVENTS_PER_FULL_MEMBER);
  }

  @Test
  void aBatchThatFailsAfterItsCommitIsRetriedWithoutADuplicateEvent() {
    var members = new ArrayList<StaffMember>();
    for (int i = 0; i < 12; i++) {
      members.add(staff.full("retried-" + i + "@onboard.test"));
    }
    flaky.armOnce();
    var report = run("retried", members);
    assertThat(flaky.failuresInjected()).isEqualTo(1);
    assertThat(report.succeeded()).isEqualTo(12);
    assertThat(eventsOf("retried")).isEqualTo(12L * StaffFactory.EVENTS_PER_FULL_MEMBER);
  }

  @Test
  void tenThousandMembersCompleteAcrossContinuedRuns() {
    var members = new ArrayList<StaffMember>();
    for (int i = 0; i < 10_000; i++) {
      members.add(staff.small("bulk-" + i + "@onboard.test"));
    }
    var bulk =
        new OnboardingSubmitter(
            temporal.client(),
            TemporalWorld.TASK_QUEUE,
            new OnboardingRequestStore(world.db.jdbi()),
            new OnboardingInput(null, null, 100, 4, 20, 0, null));
    var submission =
        bulk.submit(new StoreOnboarding(world.orgA.id(), "ten-thousand", world.orgAdmin, members));
    var report = resultOf(submission);
    assertThat(report.succeeded()).isEqualTo(10_000);
    assertThat(report.failed()).isZero();
    assertThat(eventsOf("ten-thousand")).isEqualTo(30_000);
    var firstRun = temporal.client().fetchHistory(submission.workflowId(), submission.runId());
    assertThat(firstRun.getLastEvent().hasWorkflowExecutionContinuedAsNewEventAttributes())
        .as("the first run continued as new")
        .isTrue();
  }

  /** The real onboarding activities, but the first armed batch throws after it committed. */
  static final class FailOnceAfterCommit implements OnboardingActivities {
    private final OnboardingActivities real;
    private final java.util.concurrent.atomic.AtomicBoolean armed =
        new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger injected =
        new java.util.concurrent.atomic.AtomicInteger();

    FailOnceAfterCommit(OnboardingActivities real) {
      this.real = real;
    }

    void armOnce() {
      armed.set(true);
    }

    int failuresInjected() {
      return injected.get();
    }

    @Override
    public io.roster.activities.onboarding.OnboardingStatus onboardingStatus(
        io.roster.activities.onboarding.OnboardingRef ref) {
      return real.onboardingStatus(ref);
    }

    @Override
    public io.roster.activities.onboarding.BatchOutcome applyOnboardingBatch(
        io.roster.activities.onboarding.OnboardingBatch batch) {
      var outcome = real.applyOnboardingBatch(batch);
      if (armed.compareAndSet(true, false)) {
        injected.incrementAndGet();
        throw new IllegalStateException("injected failure after the batch committed");
      }
      return outcome;
    }

    @Override
    public OnboardingReport onboardingReport(io.roster.activities.onboarding.OnboardingRef ref) {
      return real.onboardingReport(ref);
    }
  }
}
