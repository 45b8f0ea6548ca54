package io.roster.activities.orgunits;

import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deactivation, reactivation and primary switches, and the refusals the three share. */
class UnitAssignmentChangesTest {

  private static UnitAssignmentWorld w;
  private static CommandWorld world;

  @BeforeAll
  static void setUp() {
    w = new UnitAssignmentWorld();
    world = w.world;
  }

  @AfterAll
  static void tearDown() {
    w.close();
  }

  private static ChangeUnitAssignment change(UUID actor, UUID user, UUID assignmentId) {
    return ChangeUnitAssignment.of(CommandWorld.by(actor), user, assignmentId);
  }

  @Test
  void setPrimaryUnit_switchesThePrimaryAndReturnsTheAssignmentsAsStored() {
    var user = world.newUser("switch");
    var first = w.assign(user, world.facility1, true);
    var second = w.assign(user, world.facility2, false);

    var result = w.units.setPrimaryUnit(change(world.coordinator, user, second.assignmentId()));

    assertThat(result.changed()).isTrue();
    assertThat(result.primaryAssignmentId()).isEqualTo(second.assignmentId());
    assertThat(result.assignments()).isEqualTo(summariesOf(user));
    assertThat(w.row(first.assignmentId()).isPrimary()).isFalse();
    assertThat(w.unitEventTypes(user))
        .endsWith(EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED)
        .hasSize(3);
  }

  @Test
  void setPrimaryUnit_namesTheAssignmentByItsUnitAndWritesNothingForThePrimary() {
    var user = world.newUser("by-unit");
    var first = w.assign(user, world.facility1, true);
    long before = world.eventCount();

    var result =
        w.units.setPrimaryUnit(
            new ChangeUnitAssignment(
                CommandWorld.by(world.coordinator), user, null, world.facility1.id(), null, null));

    assertThat(result.assignmentId()).isEqualTo(first.assignmentId());
    assertThat(result.changed()).isFalse();
    assertThat(world.eventCount()).isEqualTo(before);
  }

  @Test
  void setPrimaryUnit_refusesAnInactiveAssignment() {
    var user = world.newUser("inactive-primary");
    w.assign(user, world.facility1, true);
    var second = w.assign(user, world.facility2, false);
    w.deactivate(user, second.assignmentId());
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "unit_assignment_inactive",
        "assignment_id",
        () -> w.units.setPrimaryUnit(change(world.coordinator, user, second.assignmentId())));
  }

  @Test
  void reactivateUnitAssignment_becomesPrimaryWhenNoActiveAssignmentIsAndRecordsTheReason() {
    var user = world.newUser("back");
    var only = w.assign(user, world.facility1, true);
    w.deactivate(user, only.assignmentId());

    var result =
        w.units.reactivateUnitAssignment(
            new ChangeUnitAssignment(
                CommandWorld.by(world.coordinator),
                user,
                only.assignmentId(),
                null,
                world.orgA.id(),
                "back from leave"));

    assertThat(result.reactivated()).isTrue();
    assertThat(result.isPrimary()).isTrue();
    assertThat(w.row(only.assignmentId()).isPrimary()).isTrue();
    var reactivated =
        w.events(user).stream()
            .filter(e -> e.eventType().equals(EventTypes.USER_ORG_UNIT_REACTIVATED))
            .findFirst()
            .orElseThrow();
    assertThat(reactivated.data().get("reason").asText()).isEqualTo("back from leave");
  }

  @Test
  void reactivateUnitAssignment_ofAnActiveAssignmentWritesNothing() {
    var user = world.newUser("already-active");
    var only = w.assign(user, world.facility1, true);
    long before = world.eventCount();

    var result =
        w.units.reactivateUnitAssignment(change(world.coordinator, user, only.assignmentId()));

    assertThat(result.changed()).isFalse();
    assertThat(result.reactivated()).isFalse();
    assertThat(world.eventCount()).isEqualTo(before);
  }

  @Test
  void deactivateUnitAssignment_ofANonPrimaryKeepsThePrimaryAndTwiceWritesNothing() {
    var user = world.newUser("non-primary");
    var primary = w.assign(user, world.facility1, true);
    var other = w.assign(user, world.facility2, false);

    var result = w.deactivate(user, other.assignmentId());
    long after = world.eventCount();
    var again = w.deactivate(user, other.assignmentId());

    assertThat(result.primaryAssignmentId()).isEqualTo(primary.assignmentId());
    assertThat(w.unitEventTypes(user)).endsWith(EventTypes.USER_ORG_UNIT_DEACTIVATED);
    assertThat(again.changed()).isFalse();
    assertThat(world.eventCount()).isEqualTo(after);
  }

  @Test
  void assignUnit_withIsPrimaryOnAnInactivePairReactivatesItAsThePrimary() {
    var user = world.newUser("reactivate-primary");
    var first = w.assign(user, world.facility1, true);
    var second = w.assign(user, world.facility2, false);
    w.deactivate(user, second.assignmentId());

    var result = w.assign(user, world.facility2, true);

    assertThat(result.assignmentId()).isEqualTo(second.assignmentId());
    assertThat(result.reactivated()).isTrue();
    assertThat(result.primaryAssignmentId()).isEqualTo(second.assignmentId());
    assertThat(w.row(first.assignmentId()).isPrimary()).isFalse();
    assertThat(w.unitEventTypes(user))
        .endsWith(EventTypes.USER_ORG_UNIT_REACTIVATED, EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED);
  }

  @Test
  void assignUnit_withIsPrimaryOnAnActivePairSwitchesThePrimary() {
    var user = world.newUser("active-pair-primary");
    w.assign(user, world.facility1, true);
    var second = w.assign(user, world.facility2, false);

    var result = w.assign(user, world.facility2, true);

    assertThat(result.changed()).isTrue();
    assertThat(result.reactivated()).isFalse();
    assertThat(result.primaryAssignmentId()).isEqualTo(second.assignmentId());
    assertThat(w.unitEventTypes(user)).endsWith(EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED);
  }

  @Test
  void assignUnit_refusesMissingIds() {
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "required",
        "user_id",
        () -> w.assign(null, world.facility1, true));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "required",
        "organization_unit_id",
        () ->
            w.units.assignUnit(
                new AssignUnit(
                    CommandWorld.by(world.coordinator), world.staff, null, null, true, null)));
  }

  @Test
  void changes_refuseAnotherUsersAssignmentAndAnUnknownUser() {
    var owner = world.newUser("owner");
    var stranger = world.newUser("stranger");
    var assigned = w.assign(owner, world.facility1, true);
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "unit_assignment_not_found",
        "assignment_id",
        () -> w.deactivate(stranger, assigned.assignmentId()));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "user_id_must_exist",
        "user_id",
        () -> w.deactivate(UUID.randomUUID(), assigned.assignmentId()));
  }

  @Test
  void changes_refuseALongReasonAnotherOrganizationAndAnActorWithoutPermission() {
    var user = world.newUser("guarded");
    var assigned = w.assign(user, world.facility1, true);
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "reason_too_long",
        "reason",
        () ->
            w.units.deactivateUnitAssignment(
                new ChangeUnitAssignment(
                    CommandWorld.by(world.coordinator),
                    user,
                    assigned.assignmentId(),
                    null,
                    null,
                    "r".repeat(1001))));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "organization_id_consistency",
        "organization_id",
        () ->
            w.units.setPrimaryUnit(
                new ChangeUnitAssignment(
                    CommandWorld.by(world.coordinator),
                    user,
                    assigned.assignmentId(),
                    null,
                    world.orgB.id(),
                    null)));
    for (var actor : new UUID[] {world.peerMentor, world.orgBAdmin}) {
      assertRefused(
          world,
          Failures.NOT_AUTHORIZED,
          "not_authorized",
          null,
          () -> w.units.deactivateUnitAssignment(change(actor, user, assigned.assignmentId())));
    }
  }

  private static List<UnitAssignmentSummary> summariesOf(UUID user) {
    return w.rows(user, world.orgA.id()).stream()
        .map(
            r ->
                new UnitAssignmentSummary(
                    r.id(), r.organizationUnitId(), r.isPrimary(), r.status()))
        .toList();
  }
}
