package io.roster.activities.orgunits;

import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The primary rules of 003 (exactly one primary, reassignment on deactivation), each shown holding
 * and refusing.
 */
class UnitAssignmentPrimaryRulesTest {

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
  void exactly_one_primary_per_user_per_org_firstIsPrimaryAndANewPrimaryDemotesTheOld() {
    var user = world.newUser("one-primary");
    var first = w.assign(user, world.facility1, false);
    assertThat(first.isPrimary()).as("the first assignment is primary whatever is asked").isTrue();

    var second = w.assign(user, world.facility2, true);

    assertThat(second.isPrimary()).isTrue();
    assertThat(second.primaryAssignmentId()).isEqualTo(second.assignmentId());
    assertThat(w.activePrimaries(user, world.orgA.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo(second.assignmentId()));
    var events = w.events(user);
    var assigned = events.get(events.size() - 2);
    var changed = events.get(events.size() - 1);
    assertThat(assigned.eventType()).isEqualTo(EventTypes.USER_ORG_UNIT_ASSIGNED);
    assertThat(assigned.data().get("is_primary").asBoolean()).isFalse();
    assertThat(changed.eventType()).isEqualTo(EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED);
    assertThat(changed.data().get("assignment_id").asText())
        .isEqualTo(second.assignmentId().toString());
    assertThat(changed.data().get("previous_assignment_id").asText())
        .isEqualTo(first.assignmentId().toString());
    assertThat(changed.metadata().get("idempotency_key"))
        .as("one append")
        .isEqualTo(assigned.metadata().get("idempotency_key"));
  }

  @Test
  void exactly_one_primary_per_user_per_org_refusesASecondActivePrimaryInTheDatabase() {
    var user = world.newUser("two-primaries");
    var first = w.assign(user, world.facility1, true);
    long before = world.eventCount();

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
                        world.facility2.id(),
                        "organization_id",
                        world.orgA.id(),
                        "is_primary",
                        true,
                        "notes",
                        null)))
        .hasStackTraceContaining("uq_unit_assignment_one_primary_per_user_org");
    assertThat(world.eventCount()).isEqualTo(before);
    assertThat(w.activePrimaries(user, world.orgA.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo(first.assignmentId()));
  }

  @Test
  void primary_reassignment_on_deactivation_promotesTheOldestRemainingActive() {
    var user = world.newUser("promotion");
    var chapters = w.chapters(3);
    var a = w.assign(user, chapters.get(0), true);
    var b = w.assign(user, chapters.get(1), false);
    var c = w.assign(user, chapters.get(2), false);
    // b leaves and returns: reactivation keeps its assigned_at, so it stays older than c.
    w.deactivate(user, b.assignmentId());
    w.units.reactivateUnitAssignment(
        ChangeUnitAssignment.of(CommandWorld.by(world.coordinator), user, b.assignmentId()));

    var result = w.deactivate(user, a.assignmentId());

    assertThat(result.primaryAssignmentId()).isEqualTo(b.assignmentId());
    assertThat(w.activePrimaries(user, world.orgA.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo(b.assignmentId()));
    assertThat(w.row(c.assignmentId()).isPrimary()).isFalse();
    var events = w.events(user);
    StoredEvent changed = events.get(events.size() - 1);
    assertThat(
            w.unitEventTypes(user)
                .subList(w.unitEventTypes(user).size() - 2, w.unitEventTypes(user).size()))
        .containsExactly(
            EventTypes.USER_ORG_UNIT_DEACTIVATED, EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED);
    assertThat(changed.data().get("previous_assignment_id").asText())
        .isEqualTo(a.assignmentId().toString());
  }

  @Test
  void primary_reassignment_on_deactivation_setsNoPrimaryWhenNoneRemains() {
    var user = world.newUser("last-one");
    var only = w.assign(user, world.facility1, true);

    var result = w.deactivate(user, only.assignmentId());

    assertThat(result.primaryAssignmentId()).isNull();
    assertThat(w.activePrimaries(user, world.orgA.id())).isEmpty();
    assertThat(w.unitEventTypes(user))
        .containsExactly(EventTypes.USER_ORG_UNIT_ASSIGNED, EventTypes.USER_ORG_UNIT_DEACTIVATED);
  }

  @Test
  void primary_reassignment_on_deactivation_neverPromotesAnInactiveAssignment() {
    var user = world.newUser("no-inactive-primary");
    var chapters = w.chapters(2);
    var primary = w.assign(user, chapters.get(0), true);
    var gone = w.assign(user, chapters.get(1), false);
    w.deactivate(user, gone.assignmentId());
    long before = world.eventCount();

    assertThatThrownBy(
            () ->
                world.fixtures.append(
                    EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED,
                    user,
                    EventFixtures.data(
                        "user_id", user,
                        "organization_id", world.orgA.id(),
                        "assignment_id", gone.assignmentId(),
                        "previous_assignment_id", primary.assignmentId())))
        .as("the processor refuses a primary that is not active")
        .hasStackTraceContaining("projection_row_missing");
    assertThat(world.eventCount()).isEqualTo(before);
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "unit_assignment_inactive",
        "assignment_id",
        () ->
            w.units.setPrimaryUnit(
                ChangeUnitAssignment.of(
                    CommandWorld.by(world.coordinator), user, gone.assignmentId())));
    assertThat(w.row(primary.assignmentId()).isPrimary()).isTrue();
  }
}
