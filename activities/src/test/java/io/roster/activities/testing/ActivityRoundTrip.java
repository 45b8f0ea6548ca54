package io.roster.activities.testing;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;

/**
 * Runs real activity implementations inside Temporal's test environment, so that every input,
 * result and failure crosses Temporal's data converter as it does in production. One attempt only:
 * a failure comes back as an {@code ActivityFailure} whose cause is the command's {@code
 * ApplicationFailure}.
 */
public final class ActivityRoundTrip implements AutoCloseable {

  private final TestActivityEnvironment environment = TestActivityEnvironment.newInstance();

  /** Registers {@code implementation} and returns a stub that calls it through Temporal. */
  public <T> T stub(Class<T> activityInterface, Object implementation) {
    environment.registerActivitiesImplementations(implementation);
    return environment.newActivityStub(
        activityInterface,
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build());
  }

  @Override
  public void close() {
    environment.close();
  }
}
