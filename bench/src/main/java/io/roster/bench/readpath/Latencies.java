package io.roster.bench.readpath;

import java.util.Arrays;

/** p50, p99 and max of a set of call durations, in microseconds (nearest rank). */
record Latencies(int calls, double p50, double p99, double max) {

  static Latencies ofMicros(double[] micros) {
    var sorted = micros.clone();
    Arrays.sort(sorted);
    return new Latencies(
        sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  private static double rank(double[] sorted, double fraction) {
    int index = (int) Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
