package io.roster.db.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures of one test run (faults injected, events checked, rows leaked...), logged and written
 * to {@code target/reliability-figures/<name>.properties} of the module under test, where
 * RELIABILITY.md takes them from (the reliability module and the worker's HTTP tests).
 */
public final class Figures {

  private static final Logger log = LoggerFactory.getLogger(Figures.class);

  private final String name;
  private final Map<String, Object> values = new LinkedHashMap<>();

  public Figures(String name) {
    this.name = name;
  }

  public Figures put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  /** Logs the figures and writes them out. */
  public void write() {
    var text =
        values.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n", "", "\n"));
    log.info("{} figures:\n{}", name, text);
    var directory =
        Path.of(System.getProperty("roster.reliability.figures", "target/reliability-figures"));
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(name + ".properties"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
