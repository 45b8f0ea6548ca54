package io.roster.worker;

import io.roster.worker.cli.RosterCommand;
import picocli.CommandLine;

/**
 * {@code java -jar roster-worker.jar [command]}: {@code serve} (the default) or a client command.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    var commandLine = new CommandLine(new RosterCommand());
    int exit = commandLine.execute(args);
    if (!RosterCommand.isServing(commandLine)) {
      System.exit(exit);
    }
  }
}
