package io.roster.workflows.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.notifications.NotificationActivitiesImpl;
import io.roster.activities.sweeps.SweepActivitiesImpl;
import io.roster.db.testing.EventFixtures;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;
import io.roster.workflows.sweeps.RoleExpiryWorkflowImpl;
import io.roster.workflows.sweeps.SweepRequest;
import io.roster.workflows.testing.TemporalWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

  /** Sweeps a world with three roles that expired and one notice due: four outbox rows. */
  private static TemporalWorld worldDeliveringTo(WebhookReceiver receiver) {
    var world =
        new TemporalWorld(
            null,
            w -> {
              w.worker.registerWorkflowImplementationTypes(
                  RoleExpiryWorkflowImpl.class, NotificationDeliveryWorkflowImpl.class);
              w.worker.registerActivitiesImplementations(
                  new SweepActivitiesImpl(w.db.jdbi()),
                  new NotificationActivitiesImpl(w.db.jdbi(), Optional.of(receiver.uri())));
            });
    var fixtures = new EventFixtures(world.db);
    var org = fixtures.organization("Notify Org", "UTC");
    for (int i = 0; i < 3; i++) {
      var user = fixtures.user("expired-" + i + "@notify.test");
      fixtures.assignRole(user, "clinician", org.id(), org.path(), null, LocalDate.of(2025, 1, 31));
    }
    var noticed = fixtures.user("noticed@notify.test");
    fixtures.assignRole(noticed, "clinician", org.id(), org.path(), null, LocalDate.of(2025, 2, 7));
    world
        .newWorkflow(RoleExpiryWorkflow.class, "role-expiry/notify-" + UUID.randomUUID())
        .sweep(SweepRequest.asOf(Instant.parse("2025-02-06T12:00:00Z")));
    return world;
  }

  private static long undelivered(TemporalWorld world) {
    return world
        .db
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM notification_outbox WHERE delivered_at IS NULL")
                    .mapTo(Long.class)
                    .one());
  }

  @Test
  void everyOutboxRowReachesTheWebhookExactlyOnce() {
    try (var receiver = new WebhookReceiver(0);
        var world = worldDeliveringTo(receiver)) {
      assertThat(undelivered(world)).isEqualTo(4);
      var delivered =
          world
              .newWorkflow(NotificationDeliveryWorkflow.class, "notification-delivery/once")
              .deliver(new DeliveryRequest(2));
      assertThat(delivered).isEqualTo(4);
      assertThat(receiver.accepted)
          .hasSize(4)
          .allSatisfy((key, count) -> assertThat(count.get()).isEqualTo(1));
      assertThat(undelivered(world)).isZero();
      var again =
          world
              .newWorkflow(NotificationDeliveryWorkflow.class, "notification-delivery/again")
              .deliver(new DeliveryRequest(0));
      assertThat(again).isZero();
      assertThat(receiver.accepted.values())
          .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }
  }

  @Test
  void aReceiverThatFailsTwiceStillGetsEachRowOnce() {
    try (var receiver = new WebhookReceiver(2);
        var world = worldDeliveringTo(receiver)) {
      var delivered =
          world
              .newWorkflow(NotificationDeliveryWorkflow.class, "notification-delivery/flaky")
              .deliver(new DeliveryRequest(0));
      assertThat(delivered).isEqualTo(4);
      assertThat(receiver.refused.get()).isEqualTo(2);
      assertThat(receiver.accepted)
          .hasSize(4)
          .allSatisfy((key, count) -> assertThat(count.get()).isEqualTo(1));
      var attempts =
          world
              .db
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT sum(attempts) FROM notification_outbox")
                          .mapTo(Long.class)
                          .one());
      assertThat(attempts).as("four successes and two recorded failures").isEqualTo(6);
    }
  }
}
