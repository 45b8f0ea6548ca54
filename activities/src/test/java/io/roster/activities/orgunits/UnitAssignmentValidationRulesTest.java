package io.roster.activities.orgunits;

import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.CommandMeta;
import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The eight validation rules of 003, each shown holding and refusing. */
class UnitAssignmentValidationRulesTest {

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

  private static AssignUnit assignment(UUID user, UUID unit, UUID org, Boolean primary, String n) {
    return new AssignUnit(CommandWorld.by(world.coordinator), user, unit, org, primary, n);
  }

  @Test
  void user_id_must_exist_acceptsAnExistingUser() {
    var user = world.newUser("existing");
    var result = w.units.assignUnit(assignment(user, world.facility1.id(), null, true, null));
    assertThat(w.row(result.assignmentId()).userId()).isEqualTo(user);
  }

  @Test
  void user_id_must_exist_refusesAnUnknownUser() {
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "user_id_must_exist",
        "user_id",
        () ->
            w.units.assignUnit(
                assignment(UUID.randomUUID(), world.facility1.id(), null, true, null)));
  }

  @Test
  void organization_unit_id_must_exist_acceptsAnExistingUnit() {
    var user = world.newUser("unit-exists");
    var result = w.units.assignUnit(assignment(user, world.program1.id(), null, true, null));
    assertThat(w.row(result.assignmentId()).organizationUnitId()).isEqualTo(world.program1.id());
  }

  @Test
  void organization_unit_id_must_exist_refusesAnUnknownUnit() {
    var user = world.newUser("unit-missing");
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "organization_unit_id_must_exist",
        "organization_unit_id",
        () -> w.units.assignUnit(assignment(user, UUID.randomUUID(), null, true, null)));
  }

  @Test
  void organization_id_consistency_storesTheUnitsOrganization() {
    var user = world.newUser("consistent");
    var result =
        w.units.assignUnit(assignment(user, world.facility2.id(), world.orgA.id(), true, null));
    assertThat(result.organizationId()).isEqualTo(world.orgA.id());
    assertThat(w.row(result.assignmentId()).organizationId()).isEqualTo(world.orgA.id());
  }

  @Test
  void organization_id_consistency_refusesAnOrganizationThatIsNotTheUnits() {
    var user = world.newUser("inconsistent");
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
                    world.facility1.id(),
                    world.orgB.id(),
                    true,
                    null)));
  }

  @Test
  void active_assignment_count_within_limit_followsTheOrganizationsSetting() {
    var org = world.fixtures.organization("Small org", "UTC");
    var units =
        java.util.stream.IntStream.range(0, 3)
            .mapToObj(i -> world.fixtures.unit(org, "chapter", "Small " + i))
            .toList();
    world.fixtures.append(
        EventTypes.ORGANIZATION_SETTINGS_UPDATED,
        org.id(),
        EventFixtures.data("organization_id", org.id(), "max_active_unit_assignments", 2));
    var user = world.newUser("limited");
    var by = CommandWorld.by(world.superAdmin);
    w.units.assignUnit(new AssignUnit(by, user, units.get(0).id(), null, true, null));
    w.units.assignUnit(
        new AssignUnit(
            CommandWorld.by(world.superAdmin), user, units.get(1).id(), null, false, null));
    assertThat(w.rows(user, org.id())).hasSize(2);

    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "unit_limit_reached",
        "organization_unit_id",
        () ->
            w.units.assignUnit(
                new AssignUnit(
                    CommandWorld.by(world.superAdmin),
                    user,
                    units.get(2).id(),
                    null,
                    false,
                    null)));
  }

  @Test
  void active_assignment_count_within_limit_countsOnlyActiveAssignments() {
    var user = world.newUser("recount");
    var chapters = w.chapters(6);
    var first = w.assign(user, chapters.get(0), true);
    for (int i = 1; i < 5; i++) {
      w.assign(user, chapters.get(i), false);
    }
    w.deactivate(user, first.assignmentId());

    var sixth = w.assign(user, chapters.get(5), false);

    assertThat(sixth.assignments().stream().filter(a -> a.status().equals("active"))).hasSize(5);
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "unit_limit_reached",
        "organization_unit_id",
        () ->
            w.units.reactivateUnitAssignment(
                ChangeUnitAssignment.of(
                    CommandWorld.by(world.coordinator), user, first.assignmentId())));
  }

  @Test
  void is_primary_boolean_required_acceptsFalse() {
    var user = world.newUser("primary-false");
    w.assign(user, world.facility1, true);
    var second = w.units.assignUnit(assignment(user, world.facility2.id(), null, false, null));
    assertThat(w.row(second.assignmentId()).isPrimary()).isFalse();
  }

  @Test
  void is_primary_boolean_required_refusesNull() {
    var user = world.newUser("primary-null");
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "is_primary_boolean_required",
        "is_primary",
        () -> w.units.assignUnit(assignment(user, world.facility1.id(), null, null, null)));
  }

  @Test
  void notes_max_length_acceptsAThousandCharacters() {
    var user = world.newUser("notes-ok");
    var notes = "n".repeat(1000);
    var result = w.units.assignUnit(assignment(user, world.facility1.id(), null, true, notes));
    assertThat(w.row(result.assignmentId()).notes()).isEqualTo(notes);
  }

  @Test
  void notes_max_length_refusesMoreThanAThousandCharacters() {
    var user = world.newUser("notes-long");
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "notes_max_length",
        "notes",
        () ->
            w.units.assignUnit(
                assignment(user, world.facility1.id(), null, true, "n".repeat(1001))));
  }

  @Test
  void deactivation_requires_deactivated_by_recordsTheActor() {
    var user = world.newUser("deactivated-by");
    var assigned = w.assign(user, world.facility1, true);

    var result = w.deactivate(user, assigned.assignmentId());

    var row = w.row(assigned.assignmentId());
    assertThat(result.status()).isEqualTo("inactive");
    assertThat(row.status()).isEqualTo("inactive");
    assertThat(row.deactivatedBy()).isEqualTo(world.coordinator);
    assertThat(row.deactivatedAt()).isNotNull();
    var event = w.events(user).get(w.events(user).size() - 1);
    assertThat(event.eventType()).isEqualTo(EventTypes.USER_ORG_UNIT_DEACTIVATED);
    assertThat(event.metadata().get("user_id").asText()).isEqualTo(world.coordinator.toString());
  }

  @Test
  void deactivation_requires_deactivated_by_refusesTheSystemActor() {
    var user = world.newUser("system-deactivation");
    var assigned = w.assign(user, world.facility1, true);
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "deactivation_requires_deactivated_by",
        "deactivated_by",
        () ->
            w.units.deactivateUnitAssignment(
                ChangeUnitAssignment.of(
                    CommandMeta.system("system-" + UUID.randomUUID(), "workflow"),
                    user,
                    assigned.assignmentId())));
    assertThat(w.row(assigned.assignmentId()).isActive()).isTrue();
  }

  @Test
  void inactive_unit_not_assignable_acceptsAUnitOnceItIsActiveAgain() {
    var unit = w.chapters(1).get(0);
    setUnitActive(unit, false);
    setUnitActive(unit, true);
    var user = world.newUser("reopened-unit");
    assertThat(w.assign(user, unit, true).status()).isEqualTo("active");
  }

  @Test
  void inactive_unit_not_assignable_refusesAnInactiveUnit() {
    var unit = w.chapters(1).get(0);
    var user = world.newUser("closed-unit");
    var earlier = w.assign(user, unit, true);
    w.deactivate(user, earlier.assignmentId());
    setUnitActive(unit, false);
    var other = world.newUser("closed-unit-new");

    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "inactive_unit_not_assignable",
        "organization_unit_id",
        () -> w.assign(other, unit, true));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "inactive_unit_not_assignable",
        "organization_unit_id",
        () ->
            w.units.reactivateUnitAssignment(
                ChangeUnitAssignment.of(
                    CommandWorld.by(world.coordinator), user, earlier.assignmentId())));
  }

  private static void setUnitActive(EventFixtures.Unit unit, boolean active) {
    world.fixtures.append(
        active
            ? EventTypes.ORGANIZATION_UNIT_REACTIVATED
            : EventTypes.ORGANIZATION_UNIT_DEACTIVATED,
        unit.id(),
        EventFixtures.data("unit_id", unit.id(), "organization_id", unit.organizationId()));
  }
}
