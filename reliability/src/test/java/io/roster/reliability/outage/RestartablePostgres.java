package io.roster.reliability.outage;

import io.roster.db.EmbeddedPostgresServer;
import io.roster.reliability.support.FreePort;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL on 127.0.0.1 that can be stopped and started again on the same data
 * directory and the same port: from its clients' side, an outage of the database.
 */
final class RestartablePostgres implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgresServer server;

  RestartablePostgres(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
    this.port = FreePort.onLoopback();
    this.server = EmbeddedPostgresServer.persistent(dataDirectory, port, true);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** Stops the server (a fast shutdown: every session is cut, open transactions roll back). */
  void stop() {
    server.close();
    server = null;
  }

  /** Starts it again on the same data and port. */
  void start() {
    server = EmbeddedPostgresServer.persistent(dataDirectory, port, true);
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
