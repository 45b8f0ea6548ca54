package io.roster.worker.config;

import io.roster.worker.observability.StartupState;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a start-up step until it works: waits 1 s, then twice as long each time up to a bound, and
 * logs the reason at WARN the first time, whenever it changes, and every tenth attempt; the startup
 * health component shows it meanwhile.
 */
final class Retrying {

  private static final Logger log = LoggerFactory.getLogger(ServiceStartup.class);

  private final StartupState state;
  private final Duration maxWait;

  Retrying(StartupState state, Duration maxWait) {
    this.state = state;
    this.maxWait = maxWait;
  }

  /**
   * Returns what {@code action} returns once it works; {@code explain} turns a failure into a
   * sentence saying what is wrong and which settings fix it.
   */
  <T> T until(
      StartupState.Step step, Supplier<T> action, Function<RuntimeException, String> explain)
      throws InterruptedException {
    state.waiting(step, "trying");
    return until(step, action, explain, null);
  }

  /** As above, after a first attempt that failed for {@code alreadySaid} (logged already). */
  <T> T until(
      StartupState.Step step,
      Supplier<T> action,
      Function<RuntimeException, String> explain,
      String alreadySaid)
      throws InterruptedException {
    var wait = Duration.ofSeconds(1);
    String last = alreadySaid;
    if (alreadySaid != null) {
      Thread.sleep(wait.toMillis());
      wait = longer(wait);
    }
    for (int attempt = alreadySaid == null ? 1 : 2; ; attempt++) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("stopping");
        }
        var why = explain.apply(e);
        state.waiting(step, why);
        if (!why.equals(last) || attempt % 10 == 0) {
          log.warn("{} (attempt {}, next in {} s)", why, attempt, wait.toSeconds());
        }
        last = why;
        Thread.sleep(wait.toMillis());
        wait = longer(wait);
      }
    }
  }

  private Duration longer(Duration wait) {
    var doubled = wait.multipliedBy(2);
    return doubled.compareTo(maxWait) > 0 ? maxWait : doubled;
  }

  /** The innermost message of a failure: the one that names the refused connection. */
  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
