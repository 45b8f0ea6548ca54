package io.roster.workflows.notifications;

import io.roster.activities.notifications.DeliverNotifications;
import io.roster.activities.notifications.NotificationActivities;
import io.roster.workflows.PatientActivities;
import java.time.Duration;

/** See {@link NotificationDeliveryWorkflow}. */
public final class NotificationDeliveryWorkflowImpl implements NotificationDeliveryWorkflow {

  static final int DEFAULT_ROWS_PER_CALL = 200;
  static final int CALLS_PER_RUN = 200;

  /**
   * A call posts up to a few hundred rows at 10 s per POST at worst, hence 10 minutes; the
   * heartbeat after each row catches a dead worker in a minute. A failing webhook fails the call:
   * retries back off from 1 s to 5 minutes and never stop, because an undelivered notice must not
   * be dropped.
   */
  private final NotificationActivities activities =
      PatientActivities.stub(NotificationActivities.class, Duration.ofMinutes(5));

  @Override
  public long deliver(DeliveryRequest request) {
    int rows = request.rowsPerCall() > 0 ? request.rowsPerCall() : DEFAULT_ROWS_PER_CALL;
    long delivered = 0;
    for (int call = 0; call < CALLS_PER_RUN; call++) {
      var result = activities.deliverNotifications(new DeliverNotifications(rows));
      delivered += result.delivered();
      if (result.remaining() == 0 || result.delivered() == 0) {
        return delivered;
      }
    }
    return delivered;
  }
}
