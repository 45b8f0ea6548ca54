package io.roster.db.testing;

import io.roster.db.EmbeddedPostgresServer;
import io.roster.db.Jdbis;
import io.roster.db.Migrations;
import io.roster.db.RosterDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, fully migrated database for one test class (or one test): one embedded PostgreSQL per
 * test JVM, migrated once into a template database, and a new database cloned from that template
 * for every {@link #fresh()} call, so no test ever sees another's rows.
 */
public final class TestDatabase implements AutoCloseable {

  private static final String TEMPLATE = "roster_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgresServer server;

  private final RosterDatabase database;
  private final String name;
  private final String url;

  private TestDatabase(String name, String url) {
    this.name = name;
    this.url = url;
    this.database = RosterDatabase.connect(url, "postgres", "", 16);
  }

  /** A new database with every migration applied and nothing else. */
  public static TestDatabase fresh() {
    var srv = server();
    var name = "roster_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute(srv.jdbcUrl("postgres"), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return new TestDatabase(name, srv.jdbcUrl(name));
  }

  /** An empty database with no migrations, for tests of the migrations themselves. */
  public static TestDatabase empty() {
    var srv = server();
    var name = "roster_empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute(srv.jdbcUrl("postgres"), "CREATE DATABASE " + name);
    return new TestDatabase(name, srv.jdbcUrl(name));
  }

  private static synchronized EmbeddedPostgresServer server() {
    if (server == null) {
      server = EmbeddedPostgresServer.temporary();
      execute(server.jdbcUrl("postgres"), "CREATE DATABASE " + TEMPLATE);
      try (var template = RosterDatabase.connect(server.jdbcUrl(TEMPLATE), "postgres", "", 2)) {
        Migrations.apply(template.dataSource());
      }
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  private static void execute(String url, String sql) {
    try (var connection = DriverManager.getConnection(url, "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return database.dataSource();
  }

  public Jdbi jdbi() {
    return Jdbis.create(dataSource());
  }

  public String jdbcUrl() {
    return url;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    database.close();
    execute(server().jdbcUrl("postgres"), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
