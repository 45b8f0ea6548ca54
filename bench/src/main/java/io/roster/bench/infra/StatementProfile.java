package io.roster.bench.infra;

import io.roster.bench.Numbers;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * pg_stat_statements over the whole bench server (only with {@code --profile}): reset before a
 * measured run, then the statements that took the most time, nested ones (inside functions and
 * triggers) included, so their times overlap with their callers'.
 */
public final class StatementProfile {

  private StatementProfile() {}

  public static void reset(BenchPostgres server) throws SQLException {
    try (var connection = DriverManager.getConnection(server.url("postgres"), "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      statement.execute("SELECT pg_stat_statements_reset()");
    }
  }

  /** The {@code limit} statements with the most total execution time, as a text table. */
  public static String top(BenchPostgres server, int limit) throws SQLException {
    var out = new StringBuilder();
    out.append(String.format("%10s %12s %10s %s%n", "calls", "total ms", "mean µs", "statement"));
    try (var connection = DriverManager.getConnection(server.url("postgres"), "postgres", "");
        var statement =
            connection.prepareStatement(
                """
                SELECT calls, total_exec_time, mean_exec_time * 1000,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 150)
                FROM pg_stat_statements
                ORDER BY total_exec_time DESC
                LIMIT ?
                """)) {
      statement.setInt(1, limit);
      try (var rs = statement.executeQuery()) {
        while (rs.next()) {
          out.append(
              String.format(
                  "%10s %12s %10s %s%n",
                  Numbers.count(rs.getLong(1)),
                  Numbers.decimal(rs.getDouble(2)),
                  Numbers.decimal(rs.getDouble(3)),
                  rs.getString(4)));
        }
      }
    }
    return out.toString();
  }
}
