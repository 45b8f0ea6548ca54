package io.roster.bench.startup;

import static io.roster.bench.Numbers.seconds;

import io.roster.bench.BenchContext;
import io.roster.bench.Figure;
import io.roster.bench.Note;
import io.roster.bench.ProcStatus;
import io.roster.bench.Progress;
import io.roster.bench.Scale;
import io.roster.bench.Scenario;
import io.roster.bench.ScenarioResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: seconds from launch of the worker (embedded defaults) to ready on a new data directory
 * (first start: initdb and every migration) and again on the same directory (warm start), then the
 * worker's resident set while idle. The worker is launched as the README runs it, the fast layout
 * the build ships ({@link Launch#fastLayout}), falling back to the fat jar when that was not built;
 * at full scale the fat jar's warm start is measured too, for the ratio. Baseline: the JVM alone,
 * launched and exiting ({@code java -version}), the floor of any start. Skipped when the jar is not
 * built.
 */
public final class StartupScenario implements Scenario {

  static final String NAME = "startup";

  @Override
  public String name() {
    return NAME;
  }

  /** The first start is the cold one; the warm start follows it. */
  @Override
  public boolean warmsUp() {
    return false;
  }

  @Override
  public ScenarioResult run(BenchContext context, Scale scale) throws Exception {
    var jar = context.workerJar();
    if (jar.isEmpty()) {
      return new ScenarioResult()
          .add(Figure.of(NAME, "skipped: worker/target/roster-worker.jar is not built", 0));
    }
    var fatJar = Launch.fatJar(jar.get());
    var launch = Launch.fastLayout(jar.get()).orElse(fatJar);
    // below full scale (the test suite's run) a shorter idle watch and no second layout
    boolean full = scale.equals(Scale.FULL);
    long idleSeconds = full ? 10 : 3;
    var root = Files.createTempDirectory("roster-bench-startup");
    try {
      long jvm = jvmFloor();
      var data = root.resolve("pg");
      long first;
      long warm;
      ProcStatus idle;
      long idlePeak = 0;
      long postgres;
      Progress.say("starting the worker on a new data directory");
      try (var worker = WorkerProcess.launch(launch, data, root.resolve("first.log"))) {
        first = worker.awaitReady();
      }
      Progress.say("starting the worker again on the same data directory");
      try (var worker = WorkerProcess.launch(launch, data, root.resolve("warm.log"))) {
        warm = worker.awaitReady();
        Progress.say("worker ready; watching it idle for %d s", idleSeconds);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(idleSeconds);
        while (System.nanoTime() < until) {
          idlePeak = Math.max(idlePeak, worker.status().rssBytes());
          Thread.sleep(100);
        }
        idle = worker.status();
        postgres = worker.postgresPssBytes();
      }
      long fat = -1;
      if (full && launch != fatJar) {
        Progress.say("starting the fat jar on the same data directory");
        try (var worker = WorkerProcess.launch(fatJar, data, root.resolve("fat.log"))) {
          fat = worker.awaitReady();
        }
      }
      var result =
          new ScenarioResult()
              .add(
                  Figure.of(
                          NAME,
                          "first start (new data directory) to ready: " + seconds(first),
                          first / 1e9)
                      .against("JVM alone (java -version): " + seconds(jvm), first / (double) jvm))
              .add(
                  Figure.of(NAME, "warm start to ready: **" + seconds(warm) + "**", warm / 1e9)
                      .against("JVM alone: " + seconds(jvm), warm / (double) jvm)
                      .target("< 6 s", warm < 6e9))
              .add(
                  Figure.of(
                          NAME,
                          "worker RSS while idle %d s: peak **%d MB** (VmHWM since launch %d MB); embedded PostgreSQL PSS %d MB"
                              .formatted(
                                  idleSeconds,
                                  idlePeak >> 20,
                                  idle.peakRssBytes() >> 20,
                                  postgres >> 20),
                          idlePeak >> 20)
                      .target("< 400 MB", idlePeak < 400L << 20))
              .note(
                  new Note(
                      NAME,
                      "how the worker was launched",
                      "`"
                          + launch.name()
                          + "` with ROSTER_PG_DATA set to a new directory and ROSTER_HTTP_PORT to a"
                          + " free port, no other JVM option; ready = `/actuator/health/readiness`"
                          + " answered 200."));
      if (fat > 0) {
        result.add(
            Figure.of(
                    NAME,
                    "warm start of the fat jar (`" + fatJar.name() + "`): " + seconds(fat),
                    fat / 1e9)
                .against("the fast layout's warm start: " + seconds(warm), fat / (double) warm));
      }
      return result;
    } finally {
      WorkerProcess.deleteTree(root);
    }
  }

  /** How long the JVM takes to start and exit with nothing to run. */
  private static long jvmFloor() throws Exception {
    var javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long started = System.nanoTime();
    var process =
        new ProcessBuilder(javaBinary, "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.waitFor();
    return System.nanoTime() - started;
  }
}
