package io.roster.bench.readpath;

import io.roster.bench.Scale;
import io.roster.bench.infra.BenchDatabase;
import io.roster.bench.infra.SqlScript;
import io.roster.bench.platform.PlatformData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The read functions timed inside PostgreSQL (bench/read_path_timing.sql), per function. */
final class InDatabaseTiming {

  private InDatabaseTiming() {}

  static Map<String, Latencies> measure(BenchDatabase db, Scale scale) throws SQLException {
    var result = new LinkedHashMap<String, Latencies>();
    try (var connection = db.connection()) {
      SqlScript.run(
          connection,
          "bench/read_path_timing.sql",
          Map.of(
              "as_of", PlatformData.AS_OF.toString(),
              "calls", scale.readCalls(),
              "warm_up", scale.warmUpCalls()));
      for (var function : ReadPathScenario.FUNCTIONS) {
        try (var query =
            connection.prepareStatement(
                "SELECT micros FROM bench_timing WHERE function = ? ORDER BY micros")) {
          query.setString(1, function);
          var micros = new ArrayList<Double>();
          try (var rs = query.executeQuery()) {
            while (rs.next()) {
              micros.add(rs.getDouble(1));
            }
          }
          result.put(function, Latencies.ofMicros(micros.stream().mapToDouble(d -> d).toArray()));
        }
      }
      try (var drop = connection.createStatement()) {
        drop.execute("DROP TABLE bench_timing");
      }
    }
    return result;
  }
}
