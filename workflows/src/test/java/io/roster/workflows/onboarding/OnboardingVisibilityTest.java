package io.roster.workflows.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.RosterActivities;
import io.roster.activities.onboarding.OnboardingReport;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.testing.CommandWorld;
import io.roster.workflows.testing.TemporalWorld;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the Temporal UI shows of an onboarding: its search attributes where the server knows them,
 * its summary, and its current batch and counts; and that a server that does not know the search
 * attributes still gets the workflow.
 */
class OnboardingVisibilityTest {

  static CommandWorld world;
  static StaffFactory staff;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    staff = new StaffFactory(world, UUID.randomUUID());
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  private static TemporalWorld temporal() {
    var activities = RosterActivities.create(world.db.jdbi(), Optional.empty());
    return new TemporalWorld(
        world.db,
        null,
        w -> {
          w.worker.registerWorkflowImplementationTypes(OnboardOrganizationStaffWorkflowImpl.class);
          w.worker.registerActivitiesImplementations(activities.onboarding());
        });
  }

  private static OnboardingSubmitter submitter(TemporalWorld temporal) {
    return new OnboardingSubmitter(
        temporal.client(),
        TemporalWorld.TASK_QUEUE,
        new OnboardingRequestStore(world.db.jdbi()),
        new OnboardingInput(null, null, 1, 1, 0, 0, null));
  }

  private static List<StaffMember> members(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> staff.small(prefix + i + "@visibility.test"))
        .toList();
  }

  @Test
  void aRegisteredServerShowsTheSearchAttributesSummaryAndLastBatchOfTheRun() {
    try (var temporal = temporal()) {
      for (var key : OnboardingSearchAttributes.ALL) {
        temporal.env.registerSearchAttribute(
            key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
      }
      var submitter = submitter(temporal);
      submitter.useSearchAttributes();
      var submission =
          submitter.submit(
              new StoreOnboarding(
                  world.orgA.id(), "visible", world.orgAdmin, members("visible-", 3)));
      var workflow = temporal.client().newUntypedWorkflowStub(submission.workflowId());
      workflow.getResult(OnboardingReport.class);

      var description = workflow.describe();
      assertThat(description.getTypedSearchAttributes().get(OnboardingSearchAttributes.REQUEST_ID))
          .isEqualTo("visible");
      assertThat(
              description
                  .getTypedSearchAttributes()
                  .get(OnboardingSearchAttributes.ORGANIZATION_ID))
          .isEqualTo(world.orgA.id().toString());
      assertThat(description.getStaticSummary())
          .isEqualTo("Onboard 3 staff into organization " + world.orgA.id() + " (request visible)");
      var metadata = workflow.query("__temporal_workflow_metadata", WorkflowMetadata.class);
      assertThat(metadata.getCurrentDetails())
          .isEqualTo("Batch 3 of 3: 3 of 3 members done, 3 onboarded, 0 refused");
      assertThat(submitter.usesSearchAttributes()).isTrue();
    }
  }

  /**
   * The worker tells the submitter when the server refused to register the attributes (the embedded
   * test server keeps a broken run behind a start it refused, so the worker decides before the
   * first start rather than after).
   */
  @Test
  void aSubmitterToldTheServerRefusedTheAttributesStartsOnboardingsWithoutThem() {
    try (var temporal = temporal()) {
      var submitter = submitter(temporal);
      submitter.useSearchAttributes();
      submitter.withoutSearchAttributes("the server refused to register them");

      var submission =
          submitter.submit(
              new StoreOnboarding(
                  world.orgA.id(), "unindexed", world.orgAdmin, members("unindexed-", 2)));

      var workflow = temporal.client().newUntypedWorkflowStub(submission.workflowId());
      assertThat(workflow.getResult(OnboardingReport.class).succeeded()).isEqualTo(2);
      assertThat(workflow.describe().getTypedSearchAttributes().size()).isZero();
      assertThat(submitter.usesSearchAttributes()).isFalse();
    }
  }
}
