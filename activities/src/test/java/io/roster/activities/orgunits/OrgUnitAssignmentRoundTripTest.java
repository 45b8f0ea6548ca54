package io.roster.activities.orgunits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.ActivityRoundTrip;
import io.roster.activities.testing.CommandWorld;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each unit assignment command through Temporal's data converter, succeeding and failing. */
class OrgUnitAssignmentRoundTripTest {

  private static UnitAssignmentWorld w;
  private static CommandWorld world;
  private static ActivityRoundTrip temporal;
  private static OrgUnitAssignmentActivities units;

  @BeforeAll
  static void setUp() {
    w = new UnitAssignmentWorld();
    world = w.world;
    temporal = new ActivityRoundTrip();
    units = temporal.stub(OrgUnitAssignmentActivities.class, w.units);
  }

  @AfterAll
  static void tearDown() {
    temporal.close();
    w.close();
  }

  @Test
  void assignUnit_crossesTheDataConverter() {
    var user = world.newUser("rt-assign");
    var result =
        units.assignUnit(
            new AssignUnit(
                CommandWorld.by(world.coordinator), user, world.facility1.id(), null, true, "n"));
    assertThat(result.isPrimary()).isTrue();
    assertThat(result.assignments())
        .singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo("active"));

    assertFailure(
        Failures.VALIDATION_FAILED,
        "is_primary_boolean_required",
        () ->
            units.assignUnit(
                new AssignUnit(
                    CommandWorld.by(world.coordinator),
                    user,
                    world.facility2.id(),
                    null,
                    null,
                    null)));
  }

  @Test
  void deactivateUnitAssignment_crossesTheDataConverter() {
    var user = world.newUser("rt-deactivate");
    var first = w.assign(user, world.facility1, true);
    var second = w.assign(user, world.facility2, false);
    var result =
        units.deactivateUnitAssignment(
            ChangeUnitAssignment.of(
                CommandWorld.by(world.coordinator), user, first.assignmentId()));
    assertThat(result.primaryAssignmentId()).isEqualTo(second.assignmentId());

    assertFailure(
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        () ->
            units.deactivateUnitAssignment(
                ChangeUnitAssignment.of(
                    CommandWorld.by(world.peerMentor), user, second.assignmentId())));
  }

  @Test
  void reactivateUnitAssignment_crossesTheDataConverter() {
    var user = world.newUser("rt-reactivate");
    var first = w.assign(user, world.facility1, true);
    w.deactivate(user, first.assignmentId());
    var result =
        units.reactivateUnitAssignment(
            ChangeUnitAssignment.of(
                CommandWorld.by(world.coordinator), user, first.assignmentId()));
    assertThat(result.reactivated()).isTrue();

    assertFailure(
        Failures.NOT_FOUND,
        "unit_assignment_not_found",
        () ->
            units.reactivateUnitAssignment(
                ChangeUnitAssignment.of(
                    CommandWorld.by(world.coordinator), world.staff, first.assignmentId())));
  }

  @Test
  void setPrimaryUnit_crossesTheDataConverter() {
    var user = world.newUser("rt-primary");
    w.assign(user, world.facility1, true);
    var second = w.assign(user, world.facility2, false);
    var result =
        units.setPrimaryUnit(
            ChangeUnitAssignment.of(
                CommandWorld.by(world.coordinator), user, second.assignmentId()));
    assertThat(result.primaryAssignmentId()).isEqualTo(second.assignmentId());

    w.deactivate(user, second.assignmentId());
    assertFailure(
        Failures.RULE_VIOLATED,
        "unit_assignment_inactive",
        () ->
            units.setPrimaryUnit(
                ChangeUnitAssignment.of(
                    CommandWorld.by(world.coordinator), user, second.assignmentId())));
  }

  private static void assertFailure(String type, String code, ThrowingCallable call) {
    var thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ActivityFailure.class);
    assertThat(thrown.getCause()).isInstanceOf(ApplicationFailure.class);
    var failure = (ApplicationFailure) thrown.getCause();
    assertThat(failure.getType()).isEqualTo(type);
    assertThat(Failures.code(failure)).isEqualTo(code);
    assertThat(failure.isNonRetryable()).isTrue();
  }
}
