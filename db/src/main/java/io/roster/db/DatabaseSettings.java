package io.roster.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Roster's database is: a real PostgreSQL when {@code ROSTER_DB_URL} is set, else an embedded
 * PostgreSQL 17 whose data lives in {@code embeddedDataDirectory} and survives restarts.
 *
 * @param url JDBC URL of a real server, or empty for the embedded default
 * @param user user for {@code url}
 * @param password password for {@code url}
 * @param embeddedDataDirectory data directory of the embedded server
 */
public record DatabaseSettings(
    Optional<String> url, String user, String password, Path embeddedDataDirectory) {

  /** The default data directory of the embedded server: {@code ~/.roster/pg}. */
  public static Path defaultDataDirectory() {
    return Path.of(System.getProperty("user.home"), ".roster", "pg");
  }

  /**
   * Reads {@code ROSTER_DB_URL}, {@code ROSTER_DB_USER}, {@code ROSTER_DB_PASSWORD} and {@code
   * ROSTER_PG_DATA} (the embedded data directory; default {@code $ROSTER_HOME/pg}, and {@code
   * ~/.roster/pg} without {@code ROSTER_HOME}) from the given environment.
   */
  public static DatabaseSettings fromEnvironment(Map<String, String> env) {
    var home = Optional.ofNullable(env.get("ROSTER_HOME")).filter(s -> !s.isBlank());
    return new DatabaseSettings(
        Optional.ofNullable(env.get("ROSTER_DB_URL")).filter(s -> !s.isBlank()),
        env.getOrDefault("ROSTER_DB_USER", "postgres"),
        env.getOrDefault("ROSTER_DB_PASSWORD", ""),
        Optional.ofNullable(env.get("ROSTER_PG_DATA"))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElseGet(
                () ->
                    home.map(h -> Path.of(h, "pg"))
                        .orElseGet(DatabaseSettings::defaultDataDirectory)));
  }

  public boolean embedded() {
    return url.isEmpty();
  }
}
