package io.roster.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster's connection pool, on a real PostgreSQL or on the embedded default (see {@link
 * DatabaseSettings}). Closing it closes the pool and stops an embedded server.
 */
public final class RosterDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RosterDatabase.class);

  /** Hikari's default: how long a caller waits for a pooled connection. */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(30);

  private final HikariDataSource dataSource;
  private final Optional<EmbeddedPostgresServer> embedded;

  private RosterDatabase(HikariDataSource dataSource, Optional<EmbeddedPostgresServer> embedded) {
    this.dataSource = dataSource;
    this.embedded = embedded;
  }

  /** Opens the database the settings name, starting the embedded server when there is no URL. */
  public static RosterDatabase open(DatabaseSettings settings, int maxPoolSize) {
    return open(settings, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT, true);
  }

  /**
   * As {@link #open(DatabaseSettings, int)}, with how long a caller waits for a connection before
   * failing (a service keeps it short, so a health check answers soon while the server is down),
   * and whether an embedded server stops by itself when the JVM exits ({@code false}: only {@link
   * #close} stops it, for a service that first lets its running work finish).
   */
  public static RosterDatabase open(
      DatabaseSettings settings,
      int maxPoolSize,
      Duration connectionTimeout,
      boolean stopOnJvmExit) {
    if (settings.embedded()) {
      var server =
          EmbeddedPostgresServer.persistent(settings.embeddedDataDirectory(), stopOnJvmExit);
      log.info(
          "Embedded PostgreSQL on 127.0.0.1:{}, data in {} (set ROSTER_DB_URL to use a real server)",
          server.port(),
          settings.embeddedDataDirectory());
      return new RosterDatabase(
          pool(server.jdbcUrl("postgres"), "postgres", "", maxPoolSize, connectionTimeout),
          Optional.of(server));
    }
    log.info("PostgreSQL at {}", settings.url().get());
    return new RosterDatabase(
        pool(
            settings.url().get(),
            settings.user(),
            settings.password(),
            maxPoolSize,
            connectionTimeout),
        Optional.empty());
  }

  /** A pool over a database someone else runs (the tests' fresh databases, for one). */
  public static RosterDatabase connect(String url, String user, String password, int maxPoolSize) {
    return new RosterDatabase(
        pool(url, user, password, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT), Optional.empty());
  }

  private static HikariDataSource pool(
      String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {
    var config = new HikariConfig();
    config.setConnectionTimeout(connectionTimeout.toMillis());
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(maxPoolSize);
    config.setPoolName("roster");
    // Fail fast at start-up is the caller's choice; the pool itself keeps retrying.
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public boolean isEmbedded() {
    return embedded.isPresent();
  }

  @Override
  public void close() {
    dataSource.close();
    embedded.ifPresent(EmbeddedPostgresServer::close);
  }
}
