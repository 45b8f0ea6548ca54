package io.roster.bench.startup;

import io.roster.bench.ProcStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One launch of the worker ({@link Launch}) on its embedded defaults, with its data in a given
 * directory and its HTTP port free: timed from launch until /actuator/health/readiness answers 200,
 * then stopped with SIGTERM (graceful shutdown stops its embedded PostgreSQL).
 */
final class WorkerProcess implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofMinutes(3);

  private final Process process;
  private final long launchedAt;
  private final int port;
  private final Path dataDirectory;

  private WorkerProcess(Process process, long launchedAt, int port, Path dataDirectory) {
    this.process = process;
    this.launchedAt = launchedAt;
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  static WorkerProcess launch(Launch launch, Path dataDirectory, Path log) throws IOException {
    int port = freePort();
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launch.javaArguments());
    var builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ROSTER_PG_DATA", dataDirectory.toAbsolutePath().toString());
    builder.environment().put("ROSTER_HTTP_PORT", Integer.toString(port));
    long launchedAt = System.nanoTime();
    return new WorkerProcess(builder.start(), launchedAt, port, dataDirectory);
  }

  /** Nanoseconds from launch until the readiness probe answered 200. */
  long awaitReady() throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    var request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = launchedAt + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the worker exited with " + process.exitValue());
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return System.nanoTime() - launchedAt;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the worker was not ready within " + READY_WITHIN);
  }

  long pid() {
    return process.pid();
  }

  ProcStatus status() {
    return ProcStatus.of(process.pid());
  }

  /** Proportional set size of the embedded PostgreSQL's processes (those serving its data). */
  long postgresPssBytes() {
    var marker = dataDirectory.toAbsolutePath().toString();
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .flatMap(
            p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
        .distinct()
        .mapToLong(p -> ProcStatus.pssBytes(p.pid()))
        .sum();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
