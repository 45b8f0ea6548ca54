package io.roster.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies Roster's migrations ({@code classpath:db/migration}): versioned files in version order,
 * then repeatable ones in name order, exactly the order {@code psql} would use.
 */
public final class Migrations {

  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  public static MigrateResult apply(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .placeholderReplacement(false)
        .load()
        .migrate();
  }
}
