package io.roster.activities.orgunits;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.VersionConflictException;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invariants of one user's stream under concurrent commands: every command decides on the
 * version it read, and a conflict makes it decide again (here, as Temporal would, by running it
 * again with the same key once the executor's own attempts are spent).
 */
class UnitAssignmentConcurrencyTest {

  private static final int THREADS = 20;
  private static final int RETRIES = 50;

  private UnitAssignmentWorld w;
  private CommandWorld world;

  @BeforeEach
  void setUp() {
    w = new UnitAssignmentWorld();
    world = w.world;
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  @Test
  void twentyConcurrentAssignmentsAndPrimarySwitchesKeepAtMostFiveActiveAndOnePrimary()
      throws Exception {
    var user = world.newUser("contended");
    var chapters = w.chapters(8);
    var commands = new ArrayList<Runnable>();
    for (int i = 0; i < THREADS; i++) {
      var input =
          new AssignUnit(
              CommandWorld.by(world.coordinator),
              user,
              chapters.get(i % chapters.size()).id(),
              null,
              i % 3 == 0,
              null);
      commands.add(() -> w.units.assignUnit(input));
    }

    assertThat(runTogether(commands))
        .isSubsetOf("ok", "unit_limit_reached")
        .contains("ok", "unit_limit_reached");

    var rows = w.rows(user, world.orgA.id());
    assertThat(rows.stream().filter(r -> r.isActive())).hasSize(5);
    assertThat(w.activePrimaries(user, world.orgA.id())).hasSize(1);
    assertThat(rows.stream().map(r -> r.organizationUnitId()).distinct()).hasSize(rows.size());
    assertRebuildReproducesTheProjection();
  }

  @Test
  void twentyConcurrentDeactivationsReactivationsAndPrimarySwitchesKeepOnePrimaryAmongActive()
      throws Exception {
    var user = world.newUser("churn");
    var ids =
        w.chapters(5).stream()
            .map(chapter -> w.assign(user, chapter, false).assignmentId())
            .toList();
    var commands = new ArrayList<Runnable>();
    for (int i = 0; i < THREADS; i++) {
      var input = ChangeUnitAssignment.of(CommandWorld.by(world.coordinator), user, ids.get(i % 5));
      commands.add(
          switch (i % 3) {
            case 0 -> () -> w.units.deactivateUnitAssignment(input);
            case 1 -> () -> w.units.reactivateUnitAssignment(input);
            default -> () -> w.units.setPrimaryUnit(input);
          });
    }

    assertThat(runTogether(commands)).isSubsetOf("ok", "unit_assignment_inactive").contains("ok");

    var active = w.rows(user, world.orgA.id()).stream().filter(r -> r.isActive()).count();
    assertThat(w.activePrimaries(user, world.orgA.id())).hasSize(active > 0 ? 1 : 0);
    assertRebuildReproducesTheProjection();
  }

  /** Runs the commands on one thread each, released at once; returns how each was decided. */
  private static List<String> runTogether(List<Runnable> commands) throws Exception {
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(commands.size());
    try {
      var outcomes = new ArrayList<Future<String>>();
      commands.forEach(command -> outcomes.add(pool.submit(untilDecided(start, command))));
      start.countDown();
      var codes = new ArrayList<String>();
      for (var outcome : outcomes) {
        codes.add(outcome.get(120, TimeUnit.SECONDS));
      }
      return codes;
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertRebuildReproducesTheProjection() {
    var live = projection();
    long replayed =
        world
            .db
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT rebuild_projections()").mapTo(Long.class).one());
    assertThat(replayed).isEqualTo(world.eventCount());
    assertThat(projection()).isEqualTo(live);
  }

  /**
   * Waits for the start gate, then runs the command until it is decided: "ok", or the code of its
   * final failure. A version conflict is retried with the same key (the same command).
   */
  private static Callable<String> untilDecided(CountDownLatch start, Runnable command) {
    return () -> {
      start.await();
      for (int attempt = 1; ; attempt++) {
        try {
          command.run();
          return "ok";
        } catch (ApplicationFailure failure) {
          return Failures.code(failure);
        } catch (VersionConflictException conflict) {
          if (attempt >= RETRIES) {
            throw conflict;
          }
        }
      }
    };
  }

  /** Every row of the projection, every column, in id order. */
  private List<Map<String, Object>> projection() {
    return world
        .db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM user_org_unit_assignments_projection ORDER BY id")
                    .mapToMap()
                    .list());
  }
}
