package io.roster.worker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: without a subcommand it serves. */
@Command(
    name = "roster",
    mixinStandardHelpOptions = true,
    description = "Roster: staff access for a multi-tenant care platform.",
    subcommands = {
      ServeCommand.class,
      MigrateCommand.class,
      RebuildProjectionsCommand.class,
      OnboardCommand.class,
      SweepCommand.class,
      ClaimsCommand.class
    })
public final class RosterCommand implements Runnable {

  @Override
  public void run() {
    new ServeCommand().run();
  }

  /** True when the command line ran (or defaulted to) {@code serve}, which keeps running. */
  public static boolean isServing(CommandLine commandLine) {
    var parsed = commandLine.getParseResult();
    if (parsed == null || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
      return false;
    }
    return !parsed.hasSubcommand()
        || parsed.subcommand().commandSpec().userObject() instanceof ServeCommand;
  }
}
