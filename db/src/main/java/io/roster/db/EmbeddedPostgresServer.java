package io.roster.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An embedded PostgreSQL 17 (zonky binaries) listening on 127.0.0.1 only. With a data directory the
 * data survives a restart (initdb runs only when the directory is new); without one it is a
 * throw-away server in a temporary directory, as the tests use. A persistent server that a killed
 * JVM left running on its directory is stopped first ({@link DataDirectoryOwner}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts a server that keeps its data in {@code dataDirectory} across restarts. */
  public static EmbeddedPostgresServer persistent(Path dataDirectory) {
    return persistent(dataDirectory, 0, true);
  }

  /**
   * As {@link #persistent(Path)}; {@code stopOnJvmExit} false leaves stopping to {@link #close}
   * alone, for a caller that closes in order on exit (a service whose running work must finish
   * against the database first: a JVM hook of its own would stop the server at once).
   */
  public static EmbeddedPostgresServer persistent(Path dataDirectory, boolean stopOnJvmExit) {
    return persistent(dataDirectory, 0, stopOnJvmExit);
  }

  /**
   * Starts a server that keeps its data in {@code dataDirectory} across restarts, on {@code port}
   * of 127.0.0.1 (0: any free port). Closing it and starting it again on the same directory and
   * port brings the same database back at the same address, so a connection pool recovers.
   */
  public static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
    return persistent(dataDirectory, port, true);
  }

  /**
   * The general form: data kept in {@code dataDirectory}, on {@code port} of 127.0.0.1 (0: any free
   * port), stopped by a JVM hook of its own when {@code stopOnJvmExit}.
   */
  public static EmbeddedPostgresServer persistent(
      Path dataDirectory, int port, boolean stopOnJvmExit) {
    try {
      Files.createDirectories(dataDirectory);
      DataDirectoryOwner.claim(dataDirectory);
      var builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(stopOnJvmExit);
      if (port != 0) {
        builder.setPort(port);
      }
      var server = start(builder);
      DataDirectoryOwner.record(dataDirectory);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  /** Starts a server whose data is deleted when it closes. */
  public static EmbeddedPostgresServer temporary() {
    return start(EmbeddedPostgres.builder());
  }

  private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder) {
    try {
      return new EmbeddedPostgresServer(
          builder
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "200")
              .setServerConfig("fsync", "on")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /** JDBC URL of a database on this server, as user {@code postgres}. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
