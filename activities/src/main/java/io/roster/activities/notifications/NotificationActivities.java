package io.roster.activities.notifications;

import io.temporal.activity.ActivityInterface;

/**
 * Delivers notification_outbox rows (activations, expiries, expiry notices) to the configured
 * webhook as JSON, one POST per row with header {@code Idempotency-Key: <row id>}; without a
 * webhook, it logs them.
 *
 * <p>Guarantees: a row is marked delivered in its own transaction right after its 2xx answer, so it
 * is posted again only if the worker dies in between (receivers dedupe on the key); rows are locked
 * FOR UPDATE SKIP LOCKED, so two deliveries never post the same row. A failed POST records the
 * attempt and error on the row and fails the activity (retryable, Temporal backs off); rows
 * delivered before it stay delivered.
 */
@ActivityInterface
public interface NotificationActivities {

  DeliveryResult deliverNotifications(DeliverNotifications input);
}
