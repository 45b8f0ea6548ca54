package io.roster.worker.hostile;

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
 * The figures of the hostile-input run (requests tried, refused by status, events written by the
 * refusals, health checks), logged and written to {@code
 * target/reliability-figures/<name>.properties} like the reliability module's figures.
 */
final class HostileFigures {

  private static final Logger log = LoggerFactory.getLogger(HostileFigures.class);

  private final String name;
  private final Map<String, Object> values = new LinkedHashMap<>();

  HostileFigures(String name) {
    this.name = name;
  }

  HostileFigures put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  /** {@code corpus} of {@code corpus.requests_tried}: each test writes its own sections. */
  private static String section(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /**
   * Logs the figures and writes them out, replacing the sections they belong to in the file and
   * keeping the sections other tests wrote.
   */
  void write() {
    var directory =
        Path.of(System.getProperty("roster.reliability.figures", "target/reliability-figures"));
    var file = directory.resolve(name + ".properties");
    try {
      Files.createDirectories(directory);
      var merged = new LinkedHashMap<String, Object>();
      if (Files.exists(file)) {
        for (var line : Files.readAllLines(file)) {
          int at = line.indexOf('=');
          if (at > 0) {
            merged.put(line.substring(0, at), line.substring(at + 1));
          }
        }
      }
      var sections = values.keySet().stream().map(HostileFigures::section).toList();
      merged.keySet().removeIf(key -> sections.contains(section(key)));
      merged.putAll(values);
      var text =
          merged.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("\n", "", "\n"));
      log.info("{} figures:\n{}", name, text);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
