package io.roster.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persistent embedded PostgreSQL outlives a JVM killed with SIGKILL (it runs detached): the next
 * start on its directory stops it and starts afresh on the same data, while a directory whose owner
 * is alive is refused at once, naming the owner.
 */
class EmbeddedPostgresRestartTest {

  @TempDir Path home;

  @Test
  void aServerLeftRunningByADeadProcessIsStoppedAndItsDataStartsAgain() throws Exception {
    var data = home.resolve("pg");
    int port = startedAndKilled(data);
    execute(port, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the kill')");
    long orphanPid = postmasterPid(data);

    try (var restarted = EmbeddedPostgresServer.persistent(data, false)) {
      assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
          .as("the orphaned server was stopped")
          .isFalse();
      assertThat(postmasterPid(data)).isNotEqualTo(orphanPid);
      assertThat(query(restarted, "SELECT note FROM kept")).isEqualTo("before the kill");
      assertThat(Files.readString(data.resolve(DataDirectoryOwner.FILE)).trim())
          .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }
  }

  @Test
  void aDirectoryWhoseOwnerIsAliveIsRefusedAtOnceNamingIt() throws Exception {
    var data = home.resolve("pg");
    try (var running = EmbeddedPostgresServer.persistent(data, false)) {
      assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(data, false))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in use by process " + ProcessHandle.current().pid())
          .hasMessageContaining("ROSTER_PG_DATA");
      assertThat(query(running, "SELECT 'still answering'")).isEqualTo("still answering");
    }
  }

  private static long postmasterPid(Path data) throws Exception {
    return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
  }

  /**
   * Starts a JVM that starts a server on {@code data}, kills it with SIGKILL once the server is up,
   * and returns the port of the server it left running.
   */
  private static int startedAndKilled(Path data) throws Exception {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                OrphanedServerMaker.class.getName(),
                data.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (var output = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
      String line;
      while ((line = output.readLine()) != null && !line.startsWith("started ")) {
        // the maker's logging
      }
      assertThat(line).as("the maker started its server").isNotNull();
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      return Integer.parseInt(line.substring("started ".length()).trim());
    }
  }

  private static void execute(int port, String sql) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
    try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
