package io.roster.bench.sweeps;

import io.roster.activities.sweeps.SweepActivities;
import io.roster.activities.sweeps.SweepBatches;
import io.roster.activities.sweeps.SweepKind;
import io.roster.activities.sweeps.SweepProgress;
import java.util.EnumMap;
import java.util.Map;

/** The real sweep activities, adding up the time spent in each kind of sweep. */
final class TimedSweepActivities implements SweepActivities {

  private final SweepActivities real;
  private final Map<SweepKind, Long> nanos = new EnumMap<>(SweepKind.class);
  private final Map<SweepKind, Long> appended = new EnumMap<>(SweepKind.class);

  TimedSweepActivities(SweepActivities real) {
    this.real = real;
  }

  @Override
  public SweepProgress sweepBatches(SweepBatches input) {
    long started = System.nanoTime();
    var progress = real.sweepBatches(input);
    long took = System.nanoTime() - started;
    synchronized (this) {
      nanos.merge(input.kind(), took, Long::sum);
      appended.merge(input.kind(), progress.appended(), Long::sum);
    }
    return progress;
  }

  synchronized long nanos(SweepKind kind) {
    return nanos.getOrDefault(kind, 0L);
  }

  synchronized long appended(SweepKind kind) {
    return appended.getOrDefault(kind, 0L);
  }
}
