package io.roster.bench.rebuild;

import static io.roster.bench.Numbers.count;
import static io.roster.bench.Numbers.decimal;
import static io.roster.bench.Numbers.seconds;

import io.roster.bench.BenchContext;
import io.roster.bench.Figure;
import io.roster.bench.Progress;
import io.roster.bench.Scale;
import io.roster.bench.Scenario;
import io.roster.bench.ScenarioResult;

/**
 * Rebuild: rebuild_projections() over the platform data set's events, against the set-based INSERTs
 * that appended those same events through the same processors when the data set was loaded in this
 * run. The projections must come out equal (a checksum of every table).
 */
public final class RebuildScenario implements Scenario {

  static final String NAME = "rebuild";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScenarioResult run(BenchContext context, Scale scale) throws Exception {
    var platform = context.platform(scale);
    var jdbi = platform.db().jdbi();
    var before = ProjectionChecksum.of(jdbi);
    Progress.say("rebuilding the projections from %s events", count(platform.events()));
    long started = System.nanoTime();
    long replayed =
        jdbi.inTransaction(
            h -> h.createQuery("SELECT rebuild_projections()").mapTo(Long.class).one());
    long nanos = System.nanoTime() - started;
    var after = ProjectionChecksum.of(jdbi);
    if (!before.equals(after)) {
      throw new IllegalStateException(
          "the rebuilt projections differ from the live ones:\n" + before + "\n" + after);
    }
    jdbi.useHandle(h -> h.execute("VACUUM ANALYZE"));
    double perSecond = replayed / (nanos / 1e9);
    double loadPerSecond = platform.events() / (platform.loadNanos() / 1e9);
    return new ScenarioResult()
        .add(
            Figure.of(
                    NAME,
                    "rebuild_projections(): %s events in %s: **%s events/s**, projections equal"
                        .formatted(count(replayed), seconds(nanos), decimal(perSecond)),
                    perSecond)
                .against(
                    "appending them set-based through the processors: %s (%s events/s)"
                        .formatted(seconds(platform.loadNanos()), decimal(loadPerSecond)),
                    nanos / (double) platform.loadNanos())
                .target("≥ 20,000 events/s", perSecond >= 20_000));
  }
}
