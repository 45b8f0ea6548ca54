package io.roster.workflows.sweeps;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.sweeps.SweepActivitiesImpl;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.workflows.testing.TemporalWorld;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thirty simulated days of scheduled sweeps (every six hours, time skipped) over two organizations
 * twenty-two hours apart: every window opens, closes and is noticed exactly once, on the right
 * local day of its organization.
 */
class SweepCalendarTest {

  static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
  static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  static TemporalWorld world;
  static EventFixtures fixtures;
  static Org kiritimati;
  static Org losAngeles;
  static final Map<String, UUID> users = new java.util.HashMap<>();

  @BeforeAll
  static void runThirtyDays() {
    world =
        new TemporalWorld(
            START,
            w -> {
              w.worker.registerWorkflowImplementationTypes(
                  RoleExpiryWorkflowImpl.class, PendingRoleActivationWorkflowImpl.class);
              w.worker.registerActivitiesImplementations(new SweepActivitiesImpl(w.db.jdbi()));
            });
    fixtures = new EventFixtures(world.db);
    kiritimati = fixtures.organization("Kiritimati Care", "Pacific/Kiritimati");
    losAngeles = fixtures.organization("LA Care", "America/Los_Angeles");
    for (var org : List.of(kiritimati, losAngeles)) {
      var tag = org == kiritimati ? "k" : "l";
      // the US switches to daylight saving time on 2025-03-09: these windows straddle it
      role(tag + "-expires", org, null, LocalDate.of(2025, 3, 10));
      role(tag + "-activates", org, LocalDate.of(2025, 3, 20), null);
      role(tag + "-noticed", org, null, LocalDate.of(2025, 3, 25));
    }
    var expiry = cron(RoleExpiryWorkflow.class, "roster-role-expiry");
    var activation = cron(PendingRoleActivationWorkflow.class, "roster-pending-role-activation");
    WorkflowClient.start(expiry::sweep, SweepRequest.now());
    WorkflowClient.start(activation::activate, SweepRequest.now());
    world.env.sleep(Duration.ofDays(30));
    world.client().newUntypedWorkflowStub("roster-role-expiry").terminate("test over");
    world.client().newUntypedWorkflowStub("roster-pending-role-activation").terminate("test over");
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  private static void role(String name, Org org, LocalDate from, LocalDate until) {
    var user = fixtures.user(name + "@calendar.test");
    users.put(name, user);
    fixtures.assignRole(user, "clinician", org.id(), org.path(), from, until);
  }

  private static <T> T cron(Class<T> type, String id) {
    return world
        .client()
        .newWorkflowStub(
            type,
            WorkflowOptions.newBuilder()
                .setTaskQueue(TemporalWorld.TASK_QUEUE)
                .setWorkflowId(id)
                .setCronSchedule("0 */6 * * *")
                .build());
  }

  /** The local dates (in the user's organization) of the sweeps that emitted each event. */
  private static List<LocalDate> sweptOn(String user, String eventType, ZoneId zone) {
    return world
        .db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT event_metadata ->> 'as_of' FROM domain_events
                        WHERE stream_id = :user AND event_type = :type ORDER BY global_position
                        """)
                    .bind("user", users.get(user))
                    .bind("type", eventType)
                    .mapTo(String.class)
                    .list())
        .stream()
        .map(asOf -> OffsetDateTime.parse(asOf).atZoneSameInstant(zone).toLocalDate())
        .toList();
  }

  @Test
  void eachRoleExpiresOnceOnTheDayAfterItsLastLocalDay() {
    assertThat(sweptOn("k-expires", "user.role.expired", KIRITIMATI))
        .containsExactly(LocalDate.of(2025, 3, 11));
    assertThat(sweptOn("l-expires", "user.role.expired", LOS_ANGELES))
        .containsExactly(LocalDate.of(2025, 3, 11));
  }

  @Test
  void eachRoleActivatesOnceOnItsFirstLocalDay() {
    assertThat(sweptOn("k-activates", "user.role.activated", KIRITIMATI))
        .containsExactly(LocalDate.of(2025, 3, 20));
    assertThat(sweptOn("l-activates", "user.role.activated", LOS_ANGELES))
        .containsExactly(LocalDate.of(2025, 3, 20));
  }

  @Test
  void noticesArriveFourteenSevenAndOneDaysBeforeTheEndEachOnce() {
    var expected =
        List.of(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 24));
    assertThat(sweptOn("k-noticed", "user.role.expiry_notice", KIRITIMATI))
        .containsExactlyElementsOf(expected);
    assertThat(sweptOn("l-noticed", "user.role.expiry_notice", LOS_ANGELES))
        .containsExactlyElementsOf(expected);
    // the window ending 2025-03-10 starts with ten days left (2025-02-28 in Los Angeles): the
    // smallest step it has reached is 14, then come 7 and 1
    assertThat(sweptOn("l-expires", "user.role.expiry_notice", LOS_ANGELES))
        .containsExactly(
            LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9));
  }

  @Test
  void everyNoticeActivationAndExpiryHasExactlyOneOutboxRow() {
    var counts =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT (SELECT count(*) FROM domain_events WHERE event_type IN
                                      ('user.role.activated', 'user.role.expired', 'user.role.expiry_notice'))
                                   - (SELECT count(*) FROM notification_outbox)
                            """)
                        .mapTo(Long.class)
                        .one());
    assertThat(counts).isZero();
  }

  @Test
  void runningTheSweepsAgainAndTwoAtOnceChangesNothing() throws Exception {
    long before = eventCount();
    var end = START.plus(Duration.ofDays(30));
    var first = world.newWorkflow(RoleExpiryWorkflow.class, "role-expiry/again-1");
    var second = world.newWorkflow(RoleExpiryWorkflow.class, "role-expiry/again-2");
    var activation =
        world.newWorkflow(PendingRoleActivationWorkflow.class, "pending-activation/again");
    var a = CompletableFuture.supplyAsync(() -> first.sweep(SweepRequest.asOf(end)));
    var b = CompletableFuture.supplyAsync(() -> second.sweep(SweepRequest.asOf(end)));
    var c = CompletableFuture.supplyAsync(() -> activation.activate(SweepRequest.asOf(end)));
    assertThat(a.get().total() + b.get().total() + c.get().total()).isZero();
    assertThat(eventCount()).isEqualTo(before);
  }

  private static long eventCount() {
    return world
        .db
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT count(*) FROM domain_events").mapTo(Long.class).one());
  }
}
