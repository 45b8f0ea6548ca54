package io.roster.reliability.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition by polling it, bounded in time: the only way these tests wait for work.
 * Fails with the description (and the last observed state) when the bound passes.
 */
public final class Poll {

  private static final long INTERVAL_MILLIS = 25;

  private Poll() {}

  /** Polls until {@code done} holds; fails after {@code bound}. */
  public static void until(String description, Duration bound, BooleanSupplier done) {
    until(description, bound, done, () -> "");
  }

  /**
   * Polls until {@code done} holds; fails after {@code bound} with {@code state} in the message.
   */
  public static void until(
      String description, Duration bound, BooleanSupplier done, Supplier<String> state) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "not within " + bound.toSeconds() + " s: " + description + " " + state.get());
      }
      pause(INTERVAL_MILLIS);
    }
  }

  /** A deliberate pause of wall-clock time (an outage), not a wait for work. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
