package io.roster.worker.cli;

import io.roster.worker.RosterApplication;
import picocli.CommandLine.Command;

/** Runs the service until SIGTERM. */
@Command(
    name = "serve",
    description = "Run the worker, the HTTP API and the schedules (the default).")
public final class ServeCommand implements Runnable {

  @Override
  public void run() {
    RosterApplication.start();
  }
}
