package io.roster.db.readside;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the latency of get_user_active_roles() and has_effective_permission() at 100,000 role
 * assignments (20,000 users x 5 roles, appended as events so the processors fill the projections),
 * 2,000 random calls each timed inside PostgreSQL with clock_timestamp(). It loads for about half a
 * minute, so it runs only when asked: {@code mvn -B test -pl db -Dtest=ReadSideMeasurementTest
 * -Droster.measure=true}. The figures go to the log.
 */
@Tag("measurement")
@EnabledIfSystemProperty(named = "roster.measure", matches = "true")
class ReadSideMeasurementTest {

  private static final Logger log = LoggerFactory.getLogger(ReadSideMeasurementTest.class);

  @Test
  void activeRolesAndPermissionChecksStayWellUnderOneMillisecondAtTheNinetyNinthPercentile()
      throws SQLException {
    try (var db = TestDatabase.fresh();
        var connection = db.dataSource().getConnection()) {
      long started = System.nanoTime();
      run(connection, "measurement/load_100k_role_assignments.sql");
      log.info(
          "loaded {} role assignments in {} s",
          scalar(connection, "SELECT count(*) FROM user_roles_projection"),
          (System.nanoTime() - started) / 1_000_000_000);
      run(connection, "measurement/time_read_functions.sql");
      log.info(
          "has_effective_permission answered true {} of 2200 times",
          scalar(connection, "SELECT allowed FROM measure_allowed"));
      for (var function : new String[] {"get_user_active_roles", "has_effective_permission"}) {
        var p50 = percentile(connection, function, 0.50);
        var p99 = percentile(connection, function, 0.99);
        log.info(
            "{}: 2000 calls, p50 {} us, p99 {} us",
            function,
            String.format("%.0f", p50),
            String.format("%.0f", p99));
        assertThat(p99).as("%s p99 in microseconds", function).isLessThan(1000.0);
      }
    }
  }

  private static double percentile(Connection connection, String function, double fraction)
      throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT percentile_cont(?) WITHIN GROUP (ORDER BY micros) FROM measure_timing"
                + " WHERE function = ?")) {
      statement.setDouble(1, fraction);
      statement.setString(2, function);
      try (var rs = statement.executeQuery()) {
        rs.next();
        return rs.getDouble(1);
      }
    }
  }

  private static long scalar(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement();
        var rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void run(Connection connection, String resource) throws SQLException {
    try (var in = ReadSideMeasurementTest.class.getClassLoader().getResourceAsStream(resource);
        var statement = connection.createStatement()) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
