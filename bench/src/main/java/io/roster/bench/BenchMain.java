package io.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar roster-bench.jar [scenario...] [--scale small|full]}: runs the scenarios (all
 * when none is named) on an embedded PostgreSQL and the in-process Temporal server, and prints the
 * Markdown table. Exit code 1 when a scenario failed.
 */
@Command(
    name = "roster-bench",
    mixinStandardHelpOptions = true,
    description = "Roster's benchmarks, each against a baseline measured in the same run.")
public final class BenchMain implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "SCENARIO",
      description = "onboarding, read-path, rebuild, sweeps, startup (default: all)")
  List<String> scenarios = new ArrayList<>();

  @Option(
      names = "--scale",
      defaultValue = "full",
      description =
          "small (about 1/100 of the data, under a minute), medium (1/10) or full (default)")
  String scale;

  @Option(names = "--out", description = "also write the report (Markdown) to this file")
  Path out;

  @Option(
      names = "--worker-jar",
      description = "the worker jar (default: worker/target/roster-worker.jar)")
  Path workerJar;

  @Option(
      names = "--profile",
      description = "record every statement with pg_stat_statements and print the top ones")
  boolean profile;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    var command = new StringBuilder("java -jar bench/target/roster-bench.jar");
    scenarios.forEach(s -> command.append(' ').append(s));
    command.append(" --scale ").append(scale);
    if (profile) {
      command.append(" --profile");
    }
    try (var context = new BenchContext(profile, workerJar)) {
      // Interrupted (Ctrl-C, SIGTERM): still stop the embedded PostgreSQL.
      var cleanup = new Thread(context::close, "bench-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      var report = BenchRun.run(command.toString(), scenarios, Scale.named(scale), context);
      var markdown = report.markdown();
      System.out.println(markdown);
      if (out != null) {
        Files.writeString(out, markdown);
      }
      return report.figures().stream().anyMatch(f -> Double.isNaN(f.value())) ? 1 : 0;
    }
  }
}
