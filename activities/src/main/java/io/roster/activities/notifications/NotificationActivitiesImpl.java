package io.roster.activities.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.db.events.EventJson;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers the outbox to a webhook, or to the log; see {@link NotificationActivities}. */
public final class NotificationActivitiesImpl implements NotificationActivities {

  private static final Logger log = LoggerFactory.getLogger(NotificationActivitiesImpl.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Jdbi jdbi;
  private final Optional<URI> webhook;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  public NotificationActivitiesImpl(Jdbi jdbi, Optional<URI> webhook) {
    this.jdbi = jdbi;
    this.webhook = webhook;
  }

  @Override
  public DeliveryResult deliverNotifications(DeliverNotifications input) {
    int delivered = 0;
    while (delivered < input.maxRows()) {
      var attempt = jdbi.inTransaction(this::deliverOne);
      if (attempt.isEmpty()) {
        break;
      }
      if (attempt.get().error() != null) {
        throw ApplicationFailure.newFailureWithCause(
            "webhook delivery of notification "
                + attempt.get().id()
                + " failed: "
                + attempt.get().error().getMessage(),
            "WebhookFailed",
            attempt.get().error());
      }
      delivered++;
      heartbeat(delivered);
    }
    long remaining =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM notification_outbox WHERE delivered_at IS NULL")
                    .mapTo(Long.class)
                    .one());
    return new DeliveryResult(delivered, remaining);
  }

  /** One row's delivery: its id, and the error when the POST failed. */
  private record Attempt(java.util.UUID id, Exception error) {}

  /**
   * Posts the oldest undelivered row nobody else holds, and records the outcome on the row in the
   * same transaction (delivered, or the failed attempt); empty when no row is left.
   */
  private Optional<Attempt> deliverOne(Handle handle) {
    var row =
        handle
            .createQuery(
                """
                SELECT id, kind, recipient_user_id, role_id, role_name, organization_id,
                       role_valid_from, role_valid_until, days_before, created_at
                FROM notification_outbox WHERE delivered_at IS NULL
                ORDER BY created_at, id LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .map(
                (rs, ctx) ->
                    new Notification(
                        rs.getObject("id", java.util.UUID.class),
                        rs.getString("kind"),
                        rs.getObject("recipient_user_id", java.util.UUID.class),
                        rs.getObject("role_id", java.util.UUID.class),
                        rs.getString("role_name"),
                        rs.getObject("organization_id", java.util.UUID.class),
                        rs.getObject("role_valid_from", java.time.LocalDate.class),
                        rs.getObject("role_valid_until", java.time.LocalDate.class),
                        (Integer) rs.getObject("days_before"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
            .findOne();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    var notification = row.get();
    try {
      send(notification);
    } catch (IOException | RuntimeException e) {
      handle
          .createUpdate(
              "UPDATE notification_outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
          .bind("id", notification.id())
          .bind("error", String.valueOf(e.getMessage()))
          .execute();
      return Optional.of(new Attempt(notification.id(), e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering " + notification.id(), e);
    }
    handle
        .createUpdate(
            "UPDATE notification_outbox SET delivered_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id")
        .bind("id", notification.id())
        .execute();
    return Optional.of(new Attempt(notification.id(), null));
  }

  private void send(Notification notification) throws IOException, InterruptedException {
    if (webhook.isEmpty()) {
      log.info(
          "notification {} {} for user {} (no webhook configured): {}",
          notification.id(),
          notification.kind(),
          notification.recipientUserId(),
          json(notification));
      return;
    }
    var request =
        HttpRequest.newBuilder(webhook.get())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", notification.id().toString())
            .POST(HttpRequest.BodyPublishers.ofString(json(notification)))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook answered HTTP " + response.statusCode());
    }
  }

  private static String json(Notification notification) {
    try {
      return EventJson.mapper().writeValueAsString(notification);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void heartbeat(int delivered) {
    try {
      Activity.getExecutionContext().heartbeat(delivered);
    } catch (IllegalStateException notInAnActivity) {
      // called directly: nobody to heartbeat to
    }
  }
}
