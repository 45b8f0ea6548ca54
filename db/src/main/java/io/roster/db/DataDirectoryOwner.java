package io.roster.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which process runs the embedded PostgreSQL of a data directory. The embedded server runs detached
 * from the JVM that starts it (pg_ctl), so a JVM killed with SIGKILL leaves its server running,
 * holding the directory: the next start would wait a minute for a server that cannot start and
 * fail. The starting JVM writes its pid to {@value #FILE}; a later start that finds the directory's
 * server still running reclaims it (shuts it down, then starts afresh) when that process is gone,
 * and refuses at once, naming it, when it is alive.
 */
final class DataDirectoryOwner {

  static final String FILE = "roster-owner.pid";
  private static final Duration STOP_WITHIN = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(DataDirectoryOwner.class);

  private DataDirectoryOwner() {}

  /**
   * Before a start on {@code dataDirectory}: reclaims a server a dead process left running there,
   * or refuses when its process is alive.
   */
  static void claim(Path dataDirectory) {
    var postmaster =
        pidIn(dataDirectory.resolve("postmaster.pid"))
            .flatMap(ProcessHandle::of)
            .filter(DataDirectoryOwner::isPostgres);
    if (postmaster.isPresent() && postmaster.get().isAlive()) {
      var owner = pidIn(dataDirectory.resolve(FILE)).flatMap(ProcessHandle::of);
      if (owner.isEmpty() || !owner.get().isAlive()) {
        reclaim(dataDirectory, postmaster.get());
      } else {
        throw new IllegalStateException(
            "the embedded PostgreSQL data directory %s is in use by process %d (its server, pid %d, is running): stop that process or set ROSTER_PG_DATA to another directory"
                .formatted(dataDirectory, owner.get().pid(), postmaster.get().pid()));
      }
    }
  }

  /**
   * After a start: records this JVM as the server's owner (after, because initdb wants an empty
   * directory).
   */
  static void record(Path dataDirectory) {
    write(dataDirectory.resolve(FILE), Long.toString(ProcessHandle.current().pid()));
  }

  /**
   * A pid from a stale postmaster.pid may belong to any process by now (after a reboot): only a
   * postgres is ever stopped.
   */
  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
  }

  /**
   * Stops the server a dead process left behind. SIGTERM is PostgreSQL's smart shutdown, which
   * waits for its sessions to end; the owner's died with it.
   */
  private static void reclaim(Path dataDirectory, ProcessHandle postmaster) {
    log.warn(
        "Embedded PostgreSQL (pid {}) is still running on {} for a process that is gone; stopping it",
        postmaster.pid(),
        dataDirectory);
    postmaster.destroy();
    try {
      postmaster.onExit().get(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception notYet) {
      throw new IllegalStateException(
          "the orphaned PostgreSQL %d on %s did not stop within %s: stop it and start again"
              .formatted(postmaster.pid(), dataDirectory, STOP_WITHIN),
          notYet);
    }
  }

  private static Optional<Long> pidIn(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      var lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException unreadable) {
      return Optional.empty();
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
