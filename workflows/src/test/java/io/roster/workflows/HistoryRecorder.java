package io.roster.workflows;

import io.roster.activities.RosterActivities;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StaffUnit;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.testing.CommandWorld;
import io.roster.workflows.notifications.DeliveryRequest;
import io.roster.workflows.notifications.NotificationDeliveryWorkflow;
import io.roster.workflows.notifications.NotificationDeliveryWorkflowImpl;
import io.roster.workflows.onboarding.OnboardOrganizationStaffWorkflowImpl;
import io.roster.workflows.onboarding.OnboardingInput;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflow;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflowImpl;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;
import io.roster.workflows.sweeps.RoleExpiryWorkflowImpl;
import io.roster.workflows.sweeps.SweepRequest;
import io.roster.workflows.testing.TemporalWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records one history per workflow into src/test/resources/histories for {@link
 * WorkflowReplayTest}: {@code mvn -pl workflows -am test -Dtest=HistoryRecorder
 * -Droster.recordHistories=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "roster.recordHistories", matches = "true")
class HistoryRecorder {

  private static final Path DIRECTORY = Path.of("src/test/resources/histories");

  @Test
  void recordEveryWorkflow() throws Exception {
    try (var world = new CommandWorld()) {
      world.fixtures.assignRole(
          world.staff,
          "clinician",
          world.orgA.id(),
          world.orgA.path(),
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2025, 1, 10));
      var activities = RosterActivities.create(world.db.jdbi(), Optional.empty());
      try (var temporal =
          new TemporalWorld(
              world.db,
              null,
              w -> {
                w.worker.registerWorkflowImplementationTypes(
                    OnboardOrganizationStaffWorkflowImpl.class, RoleExpiryWorkflowImpl.class,
                    PendingRoleActivationWorkflowImpl.class,
                        NotificationDeliveryWorkflowImpl.class);
                w.worker.registerActivitiesImplementations(activities.all().toArray());
              })) {
        var members =
            List.of(
                new StaffMember(
                    null,
                    "recorded-0@history.test",
                    "A",
                    "B",
                    null,
                    null,
                    List.of(new StaffRole("clinician", null, null, null)),
                    List.of(new StaffUnit(world.facility1.id(), true)),
                    null,
                    List.of()),
                new StaffMember(
                    null,
                    "recorded-1@history.test",
                    "C",
                    "D",
                    null,
                    null,
                    List.of(new StaffRole("wizard", null, null, null)),
                    List.of(),
                    null,
                    List.of()));
        var submission =
            new OnboardingSubmitter(
                    temporal.client(),
                    TemporalWorld.TASK_QUEUE,
                    new OnboardingRequestStore(world.db.jdbi()),
                    new OnboardingInput(null, null, 1, 2, 1, 0, null))
                .submit(new StoreOnboarding(world.orgA.id(), "recorded", world.orgAdmin, members));
        temporal.client().newUntypedWorkflowStub(submission.workflowId()).getResult(Object.class);
        record(temporal, "onboarding", submission.workflowId(), submission.runId());

        temporal
            .newWorkflow(RoleExpiryWorkflow.class, "role-expiry/recorded")
            .sweep(SweepRequest.asOf(Instant.parse("2025-01-12T00:00:00Z")));
        record(temporal, "role-expiry", "role-expiry/recorded", null);
        temporal
            .newWorkflow(PendingRoleActivationWorkflow.class, "pending-activation/recorded")
            .activate(SweepRequest.asOf(Instant.parse("2025-01-02T00:00:00Z")));
        record(temporal, "pending-activation", "pending-activation/recorded", null);
        temporal
            .newWorkflow(NotificationDeliveryWorkflow.class, "notification-delivery/recorded")
            .deliver(new DeliveryRequest(1));
        record(temporal, "notification-delivery", "notification-delivery/recorded", null);
      }
    }
  }

  private static void record(TemporalWorld temporal, String name, String workflowId, String runId)
      throws Exception {
    var history =
        runId == null
            ? temporal.client().fetchHistory(workflowId)
            : temporal.client().fetchHistory(workflowId, runId);
    Files.createDirectories(DIRECTORY);
    Files.writeString(DIRECTORY.resolve(name + ".json"), history.toJson(true));
  }
}
