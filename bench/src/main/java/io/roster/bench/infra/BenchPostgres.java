package io.roster.bench.infra;

import io.roster.db.Migrations;
import io.roster.db.RosterDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bench's PostgreSQL: an embedded PostgreSQL 17 in a temporary directory with the settings of
 * Roster's embedded default ({@code EmbeddedPostgresServer}: loopback, fsync on, and zonky's
 * synchronous_commit off), Roster's migrations applied once to a template database, and a new
 * database cloned from it for every data set. With {@code profile}, pg_stat_statements records
 * every statement, nested ones included, so a scenario can print where its time went.
 */
public final class BenchPostgres implements AutoCloseable {

  private static final String TEMPLATE = "bench_template";

  private final EmbeddedPostgres postgres;
  private final boolean profile;
  private final AtomicInteger counter = new AtomicInteger();

  private BenchPostgres(EmbeddedPostgres postgres, boolean profile) {
    this.postgres = postgres;
    this.profile = profile;
  }

  public static BenchPostgres start(boolean profile) {
    try {
      var builder =
          EmbeddedPostgres.builder()
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "200")
              .setServerConfig("fsync", "on")
              .setPGStartupWait(Duration.ofSeconds(60));
      if (profile) {
        builder
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .setServerConfig("pg_stat_statements.track", "all")
            .setServerConfig("pg_stat_statements.max", "10000");
      }
      var server = new BenchPostgres(builder.start(), profile);
      server.execute("CREATE DATABASE " + TEMPLATE);
      try (var template = RosterDatabase.connect(server.url(TEMPLATE), "postgres", "", 2)) {
        Migrations.apply(template.dataSource());
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  public boolean profiling() {
    return profile;
  }

  /** A new database with every migration applied and nothing else. */
  public BenchDatabase fresh(String label) {
    var name = name(label);
    execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return new BenchDatabase(this, name);
  }

  /**
   * A copy of {@code source} (its connections are closed for the copy and reopen on next use), so
   * that a baseline and the measured run start from the same rows.
   */
  public BenchDatabase copy(BenchDatabase source, String label) {
    var name = name(label);
    source.closePool();
    execute("CREATE DATABASE " + name + " TEMPLATE " + source.name() + " STRATEGY FILE_COPY");
    return new BenchDatabase(this, name);
  }

  /** The server's version string. */
  public String version() {
    try (var connection = DriverManager.getConnection(url("postgres"), "postgres", "");
        var statement = connection.createStatement();
        var rs = statement.executeQuery("SHOW server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    } catch (SQLException e) {
      return "PostgreSQL (version unknown: " + e.getMessage() + ")";
    }
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
  }

  void drop(String name) {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private String name(String label) {
    return "bench_" + label.replaceAll("[^a-z0-9_]", "_") + "_" + counter.incrementAndGet();
  }

  private void execute(String sql) {
    try (var connection = DriverManager.getConnection(url("postgres"), "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
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
