package io.roster.worker.cli;

import io.roster.worker.RosterApplication;
import picocli.CommandLine.Command;
import sun.misc.Signal;

/**
 * Runs the service until SIGTERM, then shuts down gracefully (the worker stops polling, running
 * activities get ROSTER_SHUTDOWN_GRACE to finish, the HTTP server drains) and exits with 0: a
 * requested stop is a success, not the 143 the JVM reports for a signal by default.
 */
@Command(
    name = "serve",
    description = "Run the worker, the HTTP API and the schedules (the default).")
public final class ServeCommand implements Runnable {

  @Override
  public void run() {
    RosterApplication.start();
    // System.exit runs the shutdown hooks, Spring's graceful close among them, then exits with 0
    Signal.handle(new Signal("TERM"), signal -> System.exit(0));
  }
}
