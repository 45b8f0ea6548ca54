package io.roster.activities.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.roles.AssignRole;
import io.roster.activities.roles.RoleActivitiesImpl;
import io.roster.activities.roles.RoleAssignment;
import io.roster.activities.testing.CommandWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommandExecutorTest {

  static CommandWorld world;
  static RoleActivitiesImpl roles;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    roles = new RoleActivitiesImpl(world.executor);
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  @Test
  void theSameCommandRacingWithItselfWritesOneSetOfEventsAndEveryCallerGetsTheSameResult()
      throws Exception {
    var user = world.newUser("race-same-key");
    var input =
        new AssignRole(
            CommandWorld.by(world.orgAdmin),
            user,
            "clinician",
            null,
            world.orgA.id(),
            null,
            null,
            null);
    long before = world.eventCount();
    var results = race(8, i -> () -> roles.assignRole(input));
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(results.get(0)));
    assertThat(world.eventCount()).isEqualTo(before + 1);
  }

  @Test
  void concurrentCommandsOnOneStreamAreAllAppliedWithGaplessVersions() throws Exception {
    var user = world.newUser("race-stream");
    var names = List.of("clinician", "peer_mentor", "coordinator", "facility_admin");
    var results =
        race(
            names.size(),
            i ->
                () ->
                    roles.assignRole(
                        new AssignRole(
                            CommandWorld.by(world.orgAdmin),
                            user,
                            names.get(i),
                            null,
                            world.orgA.id(),
                            null,
                            null,
                            null)));
    assertThat(results).allSatisfy(r -> assertThat(r.changed()).isTrue());
    var versions =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT stream_version FROM domain_events WHERE stream_id = :id ORDER BY stream_version")
                        .bind("id", user)
                        .mapTo(Integer.class)
                        .list());
    assertThat(versions).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void aStoredResultIsReturnedWithoutDecidingAgain() {
    var user = world.newUser("stored");
    var meta = CommandWorld.by(world.orgAdmin);
    var first =
        roles.assignRole(
            new AssignRole(meta, user, "clinician", null, world.orgA.id(), null, null, null));
    // the same key with other input still answers what the first run did: the key names the command
    var again =
        roles.assignRole(
            new AssignRole(meta, user, "peer_mentor", null, world.orgA.id(), null, null, null));
    assertThat(again).isEqualTo(first);
  }

  private interface Task {
    Callable<RoleAssignment> at(int index);
  }

  private static List<RoleAssignment> race(int threads, Task task) throws Exception {
    var pool = Executors.newFixedThreadPool(threads);
    try {
      var gate = new CountDownLatch(1);
      var futures = new ArrayList<Future<RoleAssignment>>();
      for (int i = 0; i < threads; i++) {
        var call = task.at(i);
        futures.add(
            pool.submit(
                () -> {
                  gate.await();
                  return call.call();
                }));
      }
      gate.countDown();
      var results = new ArrayList<RoleAssignment>();
      for (var future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
