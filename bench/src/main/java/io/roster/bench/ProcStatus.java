package io.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The memory lines of /proc/PID/status of a process (zero where they cannot be read). */
public record ProcStatus(long rssBytes, long peakRssBytes) {

  public static ProcStatus self() {
    return of(ProcessHandle.current().pid());
  }

  public static ProcStatus of(long pid) {
    try {
      long rss = 0;
      long peak = 0;
      for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = kilobytes(line) * 1024;
        } else if (line.startsWith("VmHWM:")) {
          peak = kilobytes(line) * 1024;
        }
      }
      return new ProcStatus(rss, peak);
    } catch (IOException e) {
      return new ProcStatus(0, 0);
    }
  }

  /** Proportional set size of a process (its share of shared pages), from smaps_rollup. */
  public static long pssBytes(long pid) {
    try {
      for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
        if (line.startsWith("Pss:")) {
          return kilobytes(line) * 1024;
        }
      }
    } catch (IOException e) {
      // gone, or not ours to read
    }
    return 0;
  }

  private static long kilobytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
