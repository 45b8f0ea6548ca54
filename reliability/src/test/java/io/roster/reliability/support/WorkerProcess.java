package io.roster.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code roster-worker.jar} running as a separate process ({@code java -jar}, the java of this
 * JVM), its output in a log file. {@link #kill()} is SIGKILL ({@link Process#destroyForcibly()} on
 * Linux): no shutdown hook, no graceful stop, connections dropped by the kernel.
 */
public final class WorkerProcess implements AutoCloseable {

  private static final long EXIT_BOUND_SECONDS = 30;

  private final Process process;
  private final Path log;

  private WorkerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * A copy of the packaged worker jar (system property roster.worker.jar) in {@code directory},
   * under a name of its own, so that nothing aimed at other engineers' {@code roster-worker.jar}
   * processes ever reaches the processes of this test.
   */
  public static Path copyOfJar(Path directory) {
    var configured = System.getProperty("roster.worker.jar", "../worker/target/roster-worker.jar");
    var jar = Path.of(configured).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: package the worker first"
              + " (mvn -B -DskipTests package -pl db,activities,workflows,worker)");
    }
    try {
      Files.createDirectories(directory);
      return Files.copy(
          jar, directory.resolve("worker-under-test.jar"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + jar, e);
    }
  }

  /** Starts {@code jar} with this environment on top of the inherited one. */
  public static WorkerProcess start(Path jar, Map<String, String> environment, Path log) {
    var java = ProcessHandle.current().info().command().orElse("java");
    // C1 only and the serial collector: on two busy cores a quick start matters more to these
    // tests than the worker's peak speed
    var command =
        new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(log.getParent());
      return new WorkerProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** How the process ended (exit code; 137 = SIGKILL, 143 = SIGTERM), for failure messages. */
  public String exitStatus() {
    return process.isAlive() ? "running" : "exit code " + process.exitValue();
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL, then waits for the exit; returns the exit code (137 = killed by signal 9). */
  public int kill() {
    process.destroyForcibly();
    return awaitExit();
  }

  private int awaitExit() {
    try {
      if (!process.waitFor(EXIT_BOUND_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("worker " + pid() + " did not exit");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for worker " + pid(), e);
    }
  }

  /** The last lines of the worker's log, for failure messages. */
  public String logTail(int lines) {
    try {
      var all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** SIGTERM (graceful stop), SIGKILL if it has not exited within the bound. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(EXIT_BOUND_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(EXIT_BOUND_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
