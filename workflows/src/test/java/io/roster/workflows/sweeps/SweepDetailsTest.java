package io.roster.workflows.sweeps;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.sweeps.SweepActivitiesImpl;
import io.roster.db.testing.EventFixtures;
import io.roster.workflows.testing.TemporalWorld;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The current details a sweep shows in the Temporal UI: where it is and what it appended. */
class SweepDetailsTest {

  static TemporalWorld world;

  @BeforeAll
  static void setUp() {
    world =
        new TemporalWorld(
            null,
            w -> {
              w.worker.registerWorkflowImplementationTypes(RoleExpiryWorkflowImpl.class);
              w.worker.registerActivitiesImplementations(new SweepActivitiesImpl(w.db.jdbi()));
            });
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  @Test
  void aFinishedSweepShowsItsAsOfInstantAndItsCounts() {
    var fixtures = new EventFixtures(world.db);
    var org = fixtures.organization("Details Org", "UTC");
    var user = fixtures.user("details@sweep.test");
    fixtures.assignRole(user, "clinician", org.id(), org.path(), null, LocalDate.of(2025, 1, 10));
    var asOf = Instant.parse("2025-01-12T00:00:00Z");

    world
        .newWorkflow(RoleExpiryWorkflow.class, "role-expiry/details")
        .sweep(SweepRequest.asOf(asOf));

    var metadata =
        world
            .client()
            .newUntypedWorkflowStub("role-expiry/details")
            .query("__temporal_workflow_metadata", WorkflowMetadata.class);
    assertThat(metadata.getCurrentDetails())
        .isEqualTo(
            "As of 2025-01-12T00:00:00Z, done: 1 roles expired, 0 activated, 0 notices,"
                + " 0 client and 0 schedule assignments ended");
  }
}
