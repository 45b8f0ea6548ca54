package io.roster.bench.sweeps;

import io.roster.bench.infra.BenchDatabase;
import io.roster.bench.platform.PlatformData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans PostgreSQL runs inside the sweep functions, caught with auto_explain (nested
 * statements, ANALYZE, sent to the client as NOTICE) while one batch of each runs in a transaction
 * that is rolled back. Only the plan of each function's due-row statement is kept.
 */
final class SweepPlans {

  private static final List<String> CALLS =
      List.of(
          "SELECT sweep_expiry_notices(?, ?)",
          "SELECT sweep_expire_roles(?, ?)",
          "SELECT sweep_activate_roles(?, ?)");

  private SweepPlans() {}

  record Plan(String function, String text) {

    /** Whether the due rows come from an index of user_roles_projection, not a scan of it. */
    boolean usesIndex() {
      return text.contains("idx_user_roles_")
          && !text.contains("Seq Scan on user_roles_projection");
    }
  }

  static List<Plan> explain(BenchDatabase db, int batchSize) throws SQLException {
    var plans = new ArrayList<Plan>();
    try (var connection = db.connection()) {
      try (var setup = connection.createStatement()) {
        setup.execute("LOAD 'auto_explain'");
        setup.execute("SET auto_explain.log_min_duration = 0");
        setup.execute("SET auto_explain.log_analyze = on");
        setup.execute("SET auto_explain.log_buffers = on");
        setup.execute("SET auto_explain.log_timing = on");
        setup.execute("SET auto_explain.log_nested_statements = on");
        setup.execute("SET auto_explain.log_level = notice");
        setup.execute("SET client_min_messages = notice");
      }
      connection.setAutoCommit(false);
      for (var call : CALLS) {
        var function = call.substring("SELECT ".length(), call.indexOf('('));
        try (var statement = connection.prepareStatement(call)) {
          statement.setObject(1, PlatformData.AS_OF);
          statement.setInt(2, batchSize);
          statement.execute();
          for (var w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
            var text = w.getMessage();
            if (text != null && text.contains("WITH due AS")) {
              plans.add(new Plan(function, planOnly(text)));
            }
          }
        }
      }
      connection.rollback();
      try (var reset = connection.createStatement()) {
        reset.execute("RESET ALL");
      }
      connection.setAutoCommit(true);
    }
    return plans;
  }

  /** The plan without the statement's text (which starts at the first node, with its cost). */
  private static String planOnly(String notice) {
    var out = new StringBuilder();
    boolean inPlan = false;
    for (var line : notice.lines().toList()) {
      inPlan = inPlan || line.contains("(cost=");
      if (inPlan || line.startsWith("duration:")) {
        out.append(line).append('\n');
      }
    }
    return inPlan ? out.toString() : notice;
  }
}
