package io.roster.worker.config;

import io.roster.db.DatabaseSettings;
import io.roster.db.Jdbis;
import io.roster.db.RosterDatabase;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database: ROSTER_DB_URL / ROSTER_DB_USER / ROSTER_DB_PASSWORD when set, else the embedded
 * PostgreSQL with its data in ROSTER_PG_DATA (default $ROSTER_HOME/pg, ~/.roster/pg). The pool
 * connects lazily: a server that does not answer yet is waited for by the start-up sequence, which
 * also applies the migrations ({@link ServiceStartup}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final List<String> SETTINGS =
      List.of(
          "ROSTER_DB_URL", "ROSTER_DB_USER", "ROSTER_DB_PASSWORD", "ROSTER_PG_DATA", "ROSTER_HOME");

  /**
   * A request waits at most this long for a connection: long enough for a busy pool, short enough
   * that the db health component answers DOWN soon when the server is gone.
   */
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  @Bean
  DatabaseSettings databaseSettings(Environment environment) {
    var values = new HashMap<String, String>();
    for (var key : SETTINGS) {
      var value = environment.getProperty(key);
      if (value != null) {
        values.put(key, value);
      }
    }
    return DatabaseSettings.fromEnvironment(values);
  }

  // ---- the pool and the embedded server ----

  /**
   * Closed by the context, after the worker has drained (ServiceStartup): an embedded server must
   * not stop by itself on SIGTERM while activities still write to it.
   */
  @Bean(destroyMethod = "close")
  RosterDatabase rosterDatabase(DatabaseSettings settings) {
    return RosterDatabase.open(settings, 20, CONNECTION_TIMEOUT, false);
  }

  @Bean
  DataSource dataSource(RosterDatabase database) {
    return database.dataSource();
  }

  @Bean
  Jdbi jdbi(DataSource dataSource) {
    return Jdbis.create(dataSource);
  }
}
