package io.roster.activities.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.ActivityRoundTrip;
import io.roster.activities.testing.CommandWorld;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each caseload command through Temporal's data converter, succeeding and failing. */
class ClientAssignmentRoundTripTest {

  private static ClientAssignmentWorld w;
  private static CommandWorld world;
  private static ActivityRoundTrip temporal;
  private static ClientAssignmentActivities clients;

  @BeforeAll
  static void setUp() {
    w = new ClientAssignmentWorld();
    world = w.world;
    temporal = new ActivityRoundTrip();
    clients = temporal.stub(ClientAssignmentActivities.class, w.clients);
  }

  @AfterAll
  static void tearDown() {
    temporal.close();
    w.close();
  }

  @Test
  void assignClient_crossesTheDataConverter() {
    var until = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
    var client = UUID.randomUUID();
    var result =
        clients.assignClient(
            new AssignClient(
                CommandWorld.by(world.coordinator),
                world.staff,
                client,
                world.orgA.id(),
                until,
                "n"));
    assertThat(result.assignedUntil()).isEqualTo(until);
    assertThat(result.assignmentId()).isEqualTo(w.row(world.staff, client).orElseThrow().id());

    var failure =
        failureOf(
            () ->
                clients.assignClient(
                    new AssignClient(
                        CommandWorld.by(world.clinician),
                        world.staff,
                        UUID.randomUUID(),
                        world.orgA.id(),
                        null,
                        null)));
    assertThat(failure.getType()).isEqualTo(Failures.NOT_AUTHORIZED);
    assertThat(Failures.code(failure)).isEqualTo("not_authorized");
  }

  @Test
  void unassignClient_crossesTheDataConverter() {
    var user = world.newUser("rt-unassign");
    var client = UUID.randomUUID();
    var assigned = w.assign(user, client, null, null);
    var result =
        clients.unassignClient(
            new UnassignClient(
                CommandWorld.by(world.coordinator), user, client, world.orgA.id(), "done"));
    assertThat(result.assignmentId()).isEqualTo(assigned.assignmentId());

    var failure =
        failureOf(
            () ->
                clients.unassignClient(
                    new UnassignClient(
                        CommandWorld.by(world.coordinator), user, client, world.orgA.id(), null)));
    assertThat(failure.getType()).isEqualTo(Failures.NOT_FOUND);
    assertThat(Failures.code(failure)).isEqualTo("client_assignment_not_found");
  }

  private static ApplicationFailure failureOf(Runnable call) {
    var thrown = catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(ActivityFailure.class);
    assertThat(thrown.getCause()).isInstanceOf(ApplicationFailure.class);
    var failure = (ApplicationFailure) thrown.getCause();
    assertThat(failure.isNonRetryable()).isTrue();
    return failure;
  }
}
