package io.roster.activities.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.roster.activities.command.Failures;
import io.temporal.failure.ApplicationFailure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a command fails with a given type, code and field, and writes no event. */
public final class FailureAssert {

  private FailureAssert() {}

  public static ApplicationFailure assertRefused(
      CommandWorld world, String type, String code, String field, ThrowingCallable command) {
    long before = world.eventCount();
    var failure = catchThrowableOfType(ApplicationFailure.class, command);
    assertThat(failure).as("the command must fail with %s/%s", type, code).isNotNull();
    assertThat(failure.getType()).as("failure type (%s)", failure.getMessage()).isEqualTo(type);
    assertThat(Failures.code(failure))
        .as("failure code (%s)", failure.getMessage())
        .isEqualTo(code);
    if (field != null) {
      assertThat(Failures.field(failure)).as("failure field").isEqualTo(field);
    }
    assertThat(failure.isNonRetryable()).isTrue();
    assertThat(world.eventCount()).as("a refused command writes no event").isEqualTo(before);
    return failure;
  }
}
