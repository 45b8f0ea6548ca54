package io.roster.worker.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that talks to a running service over its HTTP API. Exit codes: 0 done, 1 the work ran
 * and failed, 3 the service refused the request (4xx/5xx, its problem printed), 4 the service does
 * not answer, 5 still running when --timeout ran out (2 is picocli's for a bad command line).
 */
abstract class ClientCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int REFUSED = 3;
  static final int UNREACHABLE = 4;
  static final int TIMED_OUT = 5;

  @Mixin ClientOptions options;

  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    var err = err();
    try {
      return run(new RosterClient(options.url, options.token));
    } catch (ApiProblem problem) {
      err.println("error: " + problem.getMessage());
      return REFUSED;
    } catch (ServiceUnreachable unreachable) {
      err.println("error: " + unreachable.getMessage());
      return UNREACHABLE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("error: interrupted");
      return FAILED;
    } finally {
      err.flush();
      out().flush();
    }
  }

  abstract int run(RosterClient client) throws InterruptedException;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** When waiting should stop: never with --timeout 0. */
  Instant deadline() {
    return options.timeout.isZero() ? Instant.MAX : Instant.now().plus(options.timeout);
  }

  /** Waits one poll interval (this is the command line's own pacing, between two requests). */
  void pause() throws InterruptedException {
    Thread.sleep(Math.max(10, options.pollInterval.toMillis()));
  }

  static boolean passed(Instant deadline) {
    return !Instant.now().isBefore(deadline);
  }
}
