package io.roster.bench;

import io.roster.bench.infra.StatementProfile;
import io.roster.bench.onboarding.OnboardingScenario;
import io.roster.bench.readpath.ReadPathScenario;
import io.roster.bench.rebuild.RebuildScenario;
import io.roster.bench.startup.StartupScenario;
import io.roster.bench.sweeps.SweepScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs scenarios in a fixed order (the sweeps change the platform data set the read path and the
 * rebuild measure, so they come after them), each first at the warm-up scale, unmeasured, then at
 * the requested scale under a {@link MemoryWatch}. A scenario that fails is reported as such and
 * the others still run.
 */
public final class BenchRun {

  public static final List<Scenario> SCENARIOS =
      List.of(
          new OnboardingScenario(),
          new ReadPathScenario(),
          new RebuildScenario(),
          new SweepScenario(),
          new StartupScenario());

  private BenchRun() {}

  public static List<String> names() {
    return SCENARIOS.stream().map(Scenario::name).toList();
  }

  public static Report run(String command, List<String> selected, Scale scale, BenchContext ctx) {
    for (var name : selected) {
      if (!names().contains(name)) {
        throw new IllegalArgumentException("unknown scenario " + name + "; known: " + names());
      }
    }
    var results = new ArrayList<ScenarioResult>();
    for (var scenario : SCENARIOS) {
      if (selected.isEmpty() || selected.contains(scenario.name())) {
        results.add(runOne(scenario, scale, ctx));
      }
    }
    return new Report(command, scale, Machine.detect(), ctx.postgres().version(), results);
  }

  private static ScenarioResult runOne(Scenario scenario, Scale scale, BenchContext ctx) {
    try {
      if (scale.warmUp() != null && scenario.warmsUp()) {
        Progress.say("%s: warm-up at %s scale", scenario.name(), scale.warmUp().name());
        scenario.run(ctx, scale.warmUp());
      }
      System.gc();
      Progress.say("%s: measuring at %s scale", scenario.name(), scale.name());
      if (ctx.profiling()) {
        StatementProfile.reset(ctx.postgres());
      }
      try (var watch = MemoryWatch.start()) {
        var result = scenario.run(ctx, scale).withMemory(watch.peak());
        if (ctx.profiling()) {
          result.note(
              Note.text(
                  scenario.name(),
                  "pg_stat_statements, top 25 by total time (nested statements included)",
                  StatementProfile.top(ctx.postgres(), 25)));
        }
        return result;
      }
    } catch (Exception | AssertionError e) {
      Progress.say("%s failed: %s", scenario.name(), e);
      e.printStackTrace();
      return new ScenarioResult()
          .add(Figure.of(scenario.name(), "FAILED: " + e.getMessage(), Double.NaN));
    }
  }
}
