package io.roster.worker.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** Every request's latency, and the answers counted by status and by problem code. */
final class Latencies {

  private final ConcurrentLinkedQueue<long[]> batches = new ConcurrentLinkedQueue<>();
  private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> codes = new ConcurrentHashMap<>();

  /** One client's latencies in nanoseconds, handed over when it stops. */
  void add(long[] nanos) {
    batches.add(nanos);
  }

  void count(int status, String code) {
    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    if (code != null) {
      codes.computeIfAbsent(status + " " + code, c -> new LongAdder()).increment();
    }
  }

  long[] sorted() {
    var all = batches.stream().flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    return all;
  }

  static double millis(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
  }

  Map<Integer, Long> byStatus() {
    var out = new TreeMap<Integer, Long>();
    statuses.forEach((status, count) -> out.put(status, count.sum()));
    return out;
  }

  Map<String, Long> byCode() {
    var out = new TreeMap<String, Long>();
    codes.forEach((code, count) -> out.put(code, count.sum()));
    return out;
  }
}
