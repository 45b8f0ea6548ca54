package io.roster.bench.readpath;

import static io.roster.bench.Numbers.count;
import static io.roster.bench.Numbers.micros;

import io.roster.bench.BenchContext;
import io.roster.bench.Figure;
import io.roster.bench.Progress;
import io.roster.bench.Scale;
import io.roster.bench.Scenario;
import io.roster.bench.ScenarioResult;
import java.util.List;
import java.util.Map;

/**
 * Read path: p50, p99 and max of get_user_active_roles, has_effective_permission and
 * custom_access_token_claims over random calls on the platform data set (5 role assignments per
 * user), timed inside PostgreSQL and over JDBC, each against a primary-key lookup timed the same
 * way (the cheapest indexed read).
 */
public final class ReadPathScenario implements Scenario {

  static final String NAME = "read-path";
  static final List<String> FUNCTIONS =
      List.of(
          "baseline",
          "get_user_active_roles",
          "has_effective_permission",
          "custom_access_token_claims");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScenarioResult run(BenchContext context, Scale scale) throws Exception {
    var platform = context.platform(scale);
    Progress.say(
        "timing %s calls of each read function inside PostgreSQL", count(scale.readCalls()));
    var inside = InDatabaseTiming.measure(platform.db(), scale);
    Progress.say("timing %s calls of each read function over JDBC", count(scale.readCalls()));
    var jdbc = JdbcTiming.measure(platform.db(), scale);
    var result = new ScenarioResult();
    add(result, platform.scale().roleAssignments(), "in PostgreSQL", inside, 500);
    add(result, platform.scale().roleAssignments(), "over JDBC", jdbc, 1000);
    return result;
  }

  private static void add(
      ScenarioResult result,
      long assignments,
      String where,
      Map<String, Latencies> latencies,
      double targetMicros) {
    var baseline = latencies.get("baseline");
    for (var function : FUNCTIONS.subList(1, FUNCTIONS.size())) {
      var l = latencies.get(function);
      result.add(
          Figure.of(
                  NAME,
                  "%s %s (%s calls, %s assignments): p50 %s, **p99 %s**, max %s"
                      .formatted(
                          function,
                          where,
                          count(l.calls()),
                          count(assignments),
                          micros(l.p50()),
                          micros(l.p99()),
                          micros(l.max())),
                  l.p99())
              .against(
                  "primary-key lookup %s: p50 %s, p99 %s"
                      .formatted(where, micros(baseline.p50()), micros(baseline.p99())),
                  l.p99() / baseline.p99())
              .target(
                  "p99 < %s".formatted(targetMicros >= 1000 ? "1 ms" : "0.5 ms"),
                  l.p99() < targetMicros));
    }
  }
}
