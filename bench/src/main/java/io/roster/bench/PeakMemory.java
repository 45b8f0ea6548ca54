package io.roster.bench;

/**
 * Memory of the bench process during one measured scenario run: the highest heap use sampled, and
 * the peak resident set size (VmHWM of /proc/self/status, reset before the run when the kernel
 * allows it; {@code rssReset} false means it is the peak since the process started). With it, the
 * machine's 1-minute load average at the end of the run: the machine is shared, and a load above
 * its core count means the figures were taken with less than the whole machine.
 */
public record PeakMemory(long heapBytes, long rssBytes, boolean rssReset, double loadAverage) {

  public static final PeakMemory NONE = new PeakMemory(-1, -1, false, -1);

  String cell() {
    if (heapBytes < 0) {
      return "";
    }
    return "heap %d MB / RSS %d MB%s; load %.1f"
        .formatted(heapBytes >> 20, rssBytes >> 20, rssReset ? "" : " (since start)", loadAverage);
  }
}
