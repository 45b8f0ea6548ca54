package io.roster.worker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line, as a user would type it, with what it printed and its exit code. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = new CommandLine(new RosterCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new CommandRun(exit, out.toString(), err.toString());
  }
}
