package io.roster.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Stubs for Roster's long, idempotent activities (onboarding batches, sweep batches, notification
 * deliveries): a call may run up to 10 minutes and heartbeats as it goes, so a 1-minute heartbeat
 * timeout moves it off a dead worker quickly; retries start after 1 s, back off up to a maximum the
 * caller chooses, and never give up, because running such a call again is always safe and an outage
 * must not lose work. Call from workflow code only.
 */
public final class PatientActivities {

  private PatientActivities() {}

  public static <T> T stub(Class<T> activities, Duration maximumRetryInterval) {
    return Workflow.newActivityStub(
        activities,
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(10))
            .setHeartbeatTimeout(Duration.ofMinutes(1))
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofSeconds(1))
                    .setMaximumInterval(maximumRetryInterval)
                    .build())
            .build());
  }
}
