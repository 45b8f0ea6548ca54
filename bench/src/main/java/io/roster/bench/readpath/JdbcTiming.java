package io.roster.bench.readpath;

import io.roster.bench.Scale;
import io.roster.bench.infra.BenchDatabase;
import io.roster.bench.platform.PlatformData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The read functions called over JDBC on loopback, one prepared statement each on one connection
 * (server-side prepared after the driver's threshold), each call timed from execute to the last row
 * read. Same choice of users, permissions and paths as the in-database timing; the baseline is a
 * primary-key lookup of the user's email.
 */
final class JdbcTiming {

  private static final List<String> PERMISSIONS =
      List.of(
          "user.role_assign", "user.client_assign", "user.schedule_manage", "organization.manage");

  private JdbcTiming() {}

  static Map<String, Latencies> measure(BenchDatabase db, Scale scale) throws SQLException {
    var sample = ReadSample.load(db.jdbi());
    var allPaths = sample.allPaths();
    var result = new LinkedHashMap<String, Latencies>();
    try (var connection = db.connection()) {
      connection.setAutoCommit(true);
      for (var function : ReadPathScenario.FUNCTIONS) {
        var random = new Random(42);
        try (var statement = connection.prepareStatement(sql(function))) {
          var micros = new double[scale.readCalls()];
          for (int i = 0; i < scale.warmUpCalls() + scale.readCalls(); i++) {
            var user = sample.users().get(random.nextInt(sample.users().size()));
            statement.setObject(1, user);
            if (function.equals("has_effective_permission")) {
              var own = sample.paths().get(sample.organizationOf().get(user));
              var path =
                  random.nextBoolean()
                      ? own.get(random.nextInt(own.size()))
                      : allPaths.get(random.nextInt(allPaths.size()));
              statement.setString(2, PERMISSIONS.get(random.nextInt(PERMISSIONS.size())));
              statement.setString(3, path);
              statement.setObject(4, PlatformData.AS_OF);
            } else if (!function.equals("baseline")) {
              statement.setObject(2, PlatformData.AS_OF);
            }
            long started = System.nanoTime();
            readAll(statement);
            long nanos = System.nanoTime() - started;
            if (i >= scale.warmUpCalls()) {
              micros[i - scale.warmUpCalls()] = nanos / 1e3;
            }
          }
          result.put(function, Latencies.ofMicros(micros));
        }
      }
    }
    return result;
  }

  private static String sql(String function) {
    return switch (function) {
      case "baseline" -> "SELECT email FROM users WHERE id = ?";
      case "get_user_active_roles" ->
          """
          SELECT role_id, role_name, organization_id, scope_path::text, role_valid_from,
                 role_valid_until, assigned_at
          FROM get_user_active_roles(?, NULL, ?)
          """;
      case "has_effective_permission" ->
          "SELECT has_effective_permission(?, ?, CAST(? AS ltree), ?)";
      case "custom_access_token_claims" -> "SELECT custom_access_token_claims(?, NULL, ?)::text";
      default -> throw new IllegalArgumentException(function);
    };
  }

  private static void readAll(PreparedStatement statement) throws SQLException {
    try (var rs = statement.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int c = 1; c <= columns; c++) {
          rs.getString(c);
        }
      }
    }
  }
}
