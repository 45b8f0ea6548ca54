package io.roster.db;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one way Roster builds a {@link Jdbi}: SQL objects, PostgreSQL types (uuid, jsonb...). */
public final class Jdbis {

  private Jdbis() {}

  public static Jdbi create(DataSource dataSource) {
    return Jdbi.create(dataSource)
        .installPlugin(new SqlObjectPlugin())
        .installPlugin(new PostgresPlugin());
  }
}
