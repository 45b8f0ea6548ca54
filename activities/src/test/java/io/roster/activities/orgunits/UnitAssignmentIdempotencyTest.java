package io.roster.activities.orgunits;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.testing.CommandWorld;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every unit assignment command run twice with one key writes its events once. */
class UnitAssignmentIdempotencyTest {

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
  void assignUnit_twiceWithOneKeyAssignsAndSwitchesOnce() {
    var user = world.newUser("idem-assign");
    w.assign(user, world.facility1, true);
    var input =
        new AssignUnit(
            CommandWorld.by(world.coordinator), user, world.facility2.id(), null, true, null);

    var result = twice(() -> w.units.assignUnit(input), 2);

    assertThat(result.primaryAssignmentId()).isEqualTo(result.assignmentId());
    assertThat(w.rows(user, world.orgA.id())).hasSize(2);
  }

  @Test
  void deactivateUnitAssignment_twiceWithOneKeyDeactivatesAndPromotesOnce() {
    var user = world.newUser("idem-deactivate");
    var first = w.assign(user, world.facility1, true);
    w.assign(user, world.facility2, false);
    var input =
        ChangeUnitAssignment.of(CommandWorld.by(world.coordinator), user, first.assignmentId());

    var result = twice(() -> w.units.deactivateUnitAssignment(input), 2);

    assertThat(result.status()).isEqualTo("inactive");
  }

  @Test
  void reactivateUnitAssignment_twiceWithOneKeyReactivatesOnce() {
    var user = world.newUser("idem-reactivate");
    var first = w.assign(user, world.facility1, true);
    w.deactivate(user, first.assignmentId());
    var input =
        ChangeUnitAssignment.of(CommandWorld.by(world.coordinator), user, first.assignmentId());

    var result = twice(() -> w.units.reactivateUnitAssignment(input), 2);

    assertThat(result.reactivated()).as("the stored first result").isTrue();
  }

  @Test
  void setPrimaryUnit_twiceWithOneKeySwitchesOnce() {
    var user = world.newUser("idem-primary");
    w.assign(user, world.facility1, true);
    var second = w.assign(user, world.facility2, false);
    var input =
        ChangeUnitAssignment.of(CommandWorld.by(world.coordinator), user, second.assignmentId());

    var result = twice(() -> w.units.setPrimaryUnit(input), 1);

    assertThat(result.changed()).isTrue();
  }

  /** Runs {@code command} twice: the first writes {@code events}, the second nothing. */
  private static UnitAssignmentResult twice(Supplier<UnitAssignmentResult> command, int events) {
    long before = world.eventCount();
    var first = command.get();
    long afterFirst = world.eventCount();
    var second = command.get();

    assertThat(afterFirst - before).isEqualTo(events);
    assertThat(world.eventCount()).isEqualTo(afterFirst);
    assertThat(second).isEqualTo(first);
    return first;
  }
}
