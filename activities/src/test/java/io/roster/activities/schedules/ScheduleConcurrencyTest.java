package io.roster.activities.schedules;

import static io.roster.activities.schedules.ScheduleFixtures.weekdays;
import static io.roster.activities.testing.CommandWorld.by;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The one-per-key rules hold when commands race: each is decided on one stream and appended
 * expecting the version it read, so the losers decide again and are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleConcurrencyTest {

  private static final int RACERS = 6;

  private CommandWorld world;
  private ScheduleFixtures s;

  @BeforeAll
  void setUp() {
    world = new CommandWorld();
    s = new ScheduleFixtures(world);
  }

  @AfterAll
  void tearDown() {
    world.close();
  }

  /**
   * Starts {@code command} on {@link #RACERS} threads at once; the failure codes, null on success.
   */
  private List<String> race(Callable<?> command) throws Exception {
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(RACERS);
    try {
      var futures = new ArrayList<Future<?>>();
      for (int i = 0; i < RACERS; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return command.call();
                }));
      }
      start.countDown();
      var codes = new ArrayList<String>();
      for (var future : futures) {
        try {
          future.get();
          codes.add(null);
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(ApplicationFailure.class);
          codes.add(Failures.code((ApplicationFailure) e.getCause()));
        }
      }
      return codes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void racingCreatesForOneKeyLeaveOneActiveSchedule() throws Exception {
    var user = world.newUser("race");

    var codes =
        race(
            () ->
                s.userSchedules.createUserSchedule(
                    new CreateUserSchedule(
                        by(world.orgAdmin), user, world.orgA.id(), null, weekdays(), null, null)));

    assertThat(codes).containsOnlyOnce((String) null);
    assertThat(codes).filteredOn(c -> c != null).containsOnly("schedule_exists");
    assertThat(s.eventTypes(StreamRef.user(user)))
        .filteredOn(EventTypes.USER_SCHEDULE_CREATED::equals)
        .hasSize(1);
  }

  @Test
  void racingAssignsOfOneUserLeaveOneAssignment() throws Exception {
    var template = s.template(null);
    var user = world.newUser("race-assign");

    var codes = race(() -> s.assign(template.templateId(), user));

    assertThat(codes).containsOnlyOnce((String) null);
    assertThat(codes).filteredOn(c -> c != null).containsOnly("already_assigned");
    assertThat(s.assignedUserCount(template.templateId())).isEqualTo(1);
  }

  @Test
  void manyUsersJoiningOneTemplateAtOnceQueueOnItsStreamAndAllSucceed() throws Exception {
    var template = s.template(null);
    int joiners = 24;
    var users = new ArrayList<java.util.UUID>();
    for (int i = 0; i < joiners; i++) {
      users.add(world.newUser("join-" + i));
    }
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(joiners);
    try {
      var futures = new ArrayList<Future<?>>();
      for (var user : users) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return s.assign(template.templateId(), user);
                }));
      }
      start.countDown();
      for (var future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(s.assignedUserCount(template.templateId())).isEqualTo(joiners);
    assertThat(s.eventTypes(StreamRef.schedule(template.templateId())))
        .filteredOn(EventTypes.SCHEDULE_USER_ASSIGNED::equals)
        .hasSize(joiners);
  }
}
