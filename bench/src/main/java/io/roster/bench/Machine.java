package io.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was taken on, read from the JVM and /proc. */
public record Machine(int cores, long memoryBytes, String cpu, String kernel, String java) {

  public static Machine detect() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memTotal(),
        firstValue("/proc/cpuinfo", "model name"),
        read("/proc/sys/kernel/osrelease").strip(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
  }

  public String describe() {
    return "%d cores (%s), %d GB memory, Linux %s, %s, max heap %d MB"
        .formatted(
            cores,
            cpu,
            Math.round(memoryBytes / (1024.0 * 1024 * 1024)),
            kernel,
            java,
            Runtime.getRuntime().maxMemory() >> 20);
  }

  /** The 1-minute load average (/proc/loadavg), or -1. */
  public static double loadAverage() {
    var text = read("/proc/loadavg").strip();
    return text.isEmpty() ? -1 : Double.parseDouble(text.split("\\s+")[0]);
  }

  private static long memTotal() {
    var value = firstValue("/proc/meminfo", "MemTotal");
    return value.isEmpty() ? 0 : Long.parseLong(value.replaceAll("[^0-9]", "")) * 1024;
  }

  private static String firstValue(String file, String key) {
    return read(file)
        .lines()
        .filter(l -> l.startsWith(key))
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .findFirst()
        .orElse("");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }
}
