package io.roster.db;

import java.nio.file.Path;

/**
 * A process for {@link EmbeddedPostgresRestartTest} to kill with SIGKILL: starts a persistent
 * embedded PostgreSQL on the directory given, says so, and waits to be killed.
 */
public final class OrphanedServerMaker {

  private OrphanedServerMaker() {}

  public static void main(String[] arguments) throws Exception {
    var server = EmbeddedPostgresServer.persistent(Path.of(arguments[0]), false);
    System.out.println("started " + server.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
