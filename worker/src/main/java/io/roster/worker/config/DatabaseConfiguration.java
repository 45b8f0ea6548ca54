package io.roster.worker.config;

import io.roster.db.DatabaseSettings;
import io.roster.db.Jdbis;
import io.roster.db.Migrations;
import io.roster.db.RosterDatabase;
import java.util.HashMap;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database: ROSTER_DB_URL / ROSTER_DB_USER / ROSTER_DB_PASSWORD when set, else the embedded
 * PostgreSQL with its data in ROSTER_PG_DATA (default ~/.roster/pg). Migrations run before any bean
 * can use it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final List<String> SETTINGS =
      List.of("ROSTER_DB_URL", "ROSTER_DB_USER", "ROSTER_DB_PASSWORD", "ROSTER_PG_DATA");

  // ---- the pool and the embedded server ----

  @Bean(destroyMethod = "close")
  RosterDatabase rosterDatabase(Environment environment) {
    var values = new HashMap<String, String>();
    for (var key : SETTINGS) {
      var value = environment.getProperty(key);
      if (value != null) {
        values.put(key, value);
      }
    }
    var database = RosterDatabase.open(DatabaseSettings.fromEnvironment(values), 20);
    var result = Migrations.apply(database.dataSource());
    log.info(
        "Database schema at version {} ({} migrations applied now)",
        result.targetSchemaVersion,
        result.migrationsExecuted);
    return database;
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
