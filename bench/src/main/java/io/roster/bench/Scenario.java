package io.roster.bench;

/**
 * One benchmark scenario. {@link BenchRun} runs it once at the warm-up scale (unmeasured), then at
 * the requested scale, and reports what that second run returns.
 */
public interface Scenario {

  /** The name on the command line and in the table. */
  String name();

  ScenarioResult run(BenchContext context, Scale scale) throws Exception;

  /** Whether to run it at the warm-up scale first (start-up measures its own cold start). */
  default boolean warmsUp() {
    return true;
  }
}
