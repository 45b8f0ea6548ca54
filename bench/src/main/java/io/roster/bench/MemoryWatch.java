package io.roster.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the bench process's memory during one scenario run: samples the heap in use every 10 ms
 * (the highest sample is the peak heap) and reads the peak resident set size (VmHWM), reset at the
 * start by writing 5 to /proc/self/clear_refs.
 */
public final class MemoryWatch implements AutoCloseable {

  private final AtomicLong peakHeap = new AtomicLong();
  private final boolean rssReset;
  private final Thread sampler;
  private volatile boolean running = true;

  private MemoryWatch() {
    this.rssReset = resetPeakRss();
    var memory = ManagementFactory.getMemoryMXBean();
    this.sampler =
        new Thread(
            () -> {
              while (running) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-memory-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  public static MemoryWatch start() {
    return new MemoryWatch();
  }

  public PeakMemory peak() {
    return new PeakMemory(
        peakHeap.get(), ProcStatus.self().peakRssBytes(), rssReset, Machine.loadAverage());
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  private static boolean resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
