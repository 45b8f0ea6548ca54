package io.roster.activities.orgunits;

import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The business rules of 003 on limits, organizations, pairs and actors, each shown holding and
 * refusing; the primary rules are in {@link UnitAssignmentPrimaryRulesTest}.
 */
class UnitAssignmentBusinessRulesTest {

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

  @Test
  void max_five_assignments_per_user_per_org_allowsFiveAndMoreInAnotherOrganization() {
    var user = world.newUser("five");
    for (var chapter : w.chapters(5)) {
      w.assign(user, chapter, false);
    }
    var inOrgB =
        w.units.assignUnit(
            new AssignUnit(
                CommandWorld.by(world.orgBAdmin), user, world.facilityB.id(), null, false, null));

    assertThat(w.rows(user, world.orgA.id())).hasSize(5).allMatch(r -> r.isActive());
    assertThat(inOrgB.isPrimary()).isTrue();
  }

  @Test
  void max_five_assignments_per_user_per_org_refusesTheSixth() {
    var user = world.newUser("six");
    var chapters = w.chapters(6);
    for (int i = 0; i < 5; i++) {
      w.assign(user, chapters.get(i), false);
    }
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "unit_limit_reached",
        "organization_unit_id",
        () -> w.assign(user, chapters.get(5), true));
    assertThat(w.rows(user, world.orgA.id())).hasSize(5);
  }

  @Test
  void unit_must_belong_to_same_organization_keepsEachOrganizationsAssignmentsApart() {
    var user = world.newUser("two-orgs");
    var inA = w.assign(user, world.facility1, true);
    var inB =
        w.units.assignUnit(
            new AssignUnit(
                CommandWorld.by(world.orgBAdmin),
                user,
                world.facilityB.id(),
                world.orgB.id(),
                true,
                null));

    assertThat(w.row(inB.assignmentId()).organizationId()).isEqualTo(world.orgB.id());
    assertThat(inB.assignments())
        .extracting(UnitAssignmentSummary::id)
        .containsExactly(inB.assignmentId());
    assertThat(w.activePrimaries(user, world.orgA.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo(inA.assignmentId()));
  }

  @Test
  void unit_must_belong_to_same_organization_refusesAUnitOfAnotherOrganization() {
    var user = world.newUser("cross-org");
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "organization_id_consistency",
        "organization_id",
        () ->
            w.units.assignUnit(
                new AssignUnit(
                    CommandWorld.by(world.superAdmin),
                    user,
                    world.facilityB.id(),
                    world.orgA.id(),
                    true,
                    null)));
    assertThat(w.rows(user, world.orgB.id())).isEmpty();
  }

  @Test
  void no_duplicate_user_unit_pair_reactivatesTheExistingAssignment() {
    var user = world.newUser("returning");
    var first = w.assign(user, world.facility1, true);
    w.deactivate(user, first.assignmentId());

    var again = w.assign(user, world.facility1, false);

    assertThat(again.assignmentId()).isEqualTo(first.assignmentId());
    assertThat(again.reactivated()).isTrue();
    assertThat(again.isPrimary()).as("the only active assignment is primary").isTrue();
    assertThat(w.rows(user, world.orgA.id())).singleElement().matches(r -> r.isActive());
    assertThat(w.unitEventTypes(user))
        .containsExactly(
            EventTypes.USER_ORG_UNIT_ASSIGNED,
            EventTypes.USER_ORG_UNIT_DEACTIVATED,
            EventTypes.USER_ORG_UNIT_REACTIVATED,
            EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED);
  }

  @Test
  void no_duplicate_user_unit_pair_assigningAnActivePairWritesNothing() {
    var user = world.newUser("twice");
    var first = w.assign(user, world.facility1, true);
    long before = world.eventCount();

    var again = w.assign(user, world.facility1, true);

    assertThat(again.changed()).isFalse();
    assertThat(again.assignmentId()).isEqualTo(first.assignmentId());
    assertThat(world.eventCount()).isEqualTo(before);
    assertThatThrownBy(
            () ->
                world.fixtures.append(
                    EventTypes.USER_ORG_UNIT_ASSIGNED,
                    user,
                    EventFixtures.data(
                        "assignment_id",
                        UUID.randomUUID(),
                        "user_id",
                        user,
                        "organization_unit_id",
                        world.facility1.id(),
                        "organization_id",
                        world.orgA.id(),
                        "is_primary",
                        false,
                        "notes",
                        null)))
        .as("the database refuses a second row for the pair")
        .hasStackTraceContaining("idx_unit_assignment_user_unit");
    assertThat(w.rows(user, world.orgA.id())).hasSize(1);
  }

  @Test
  void assigned_by_must_have_sufficient_role_coordinatorAndOrgAdminMayAssign() {
    var user = world.newUser("assigned-by");
    var byCoordinator = w.assign(user, world.facility1, true);
    var byAdmin =
        w.units.assignUnit(
            new AssignUnit(
                CommandWorld.by(world.orgAdmin), user, world.facility2.id(), null, false, null));
    var byFacilityAdmin =
        w.units.assignUnit(
            new AssignUnit(
                CommandWorld.by(world.facilityAdmin),
                user,
                world.program1.id(),
                null,
                false,
                null));

    assertThat(w.row(byCoordinator.assignmentId()).assignedBy()).isEqualTo(world.coordinator);
    assertThat(w.row(byAdmin.assignmentId()).assignedBy()).isEqualTo(world.orgAdmin);
    assertThat(w.row(byFacilityAdmin.assignmentId()).assignedBy()).isEqualTo(world.facilityAdmin);
  }

  @Test
  void assigned_by_must_have_sufficient_role_refusesPeerMentorsCliniciansAndOtherScopes() {
    var user = world.newUser("not-by-them");
    for (var actor : new UUID[] {world.peerMentor, world.clinician}) {
      assertRefused(
          world,
          Failures.NOT_AUTHORIZED,
          "not_authorized",
          null,
          () ->
              w.units.assignUnit(
                  new AssignUnit(
                      CommandWorld.by(actor), user, world.facility1.id(), null, true, null)));
    }
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            w.units.assignUnit(
                new AssignUnit(
                    CommandWorld.by(world.peerMentor),
                    world.peerMentor,
                    world.facility1.id(),
                    null,
                    true,
                    null)));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            w.units.assignUnit(
                new AssignUnit(
                    CommandWorld.by(world.facilityAdmin),
                    user,
                    world.facility2.id(),
                    null,
                    true,
                    null)));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            w.units.assignUnit(
                new AssignUnit(
                    CommandWorld.by(world.orgBAdmin),
                    user,
                    world.facility1.id(),
                    null,
                    true,
                    null)));
  }
}
