package io.roster.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The worker jar extracted by Spring Boot's own tool ({@code java -Djarmode=tools -jar
 * roster-worker.jar extract}): the same application as a thin jar next to a lib/ directory of plain
 * jars, which the JVM reads directly instead of through the nested-jar loader.
 */
final class ExtractedJar {

  private ExtractedJar() {}

  /** The extracted application jar, or empty when the tool failed. */
  static Optional<Path> extract(Path jar, Path destination)
      throws IOException, InterruptedException {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process =
        new ProcessBuilder(
                java,
                "-Djarmode=tools",
                "-jar",
                jar.toAbsolutePath().toString(),
                "extract",
                "--destination",
                destination.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      return Optional.empty();
    }
    var extracted = destination.resolve(jar.getFileName());
    return Files.isRegularFile(extracted) ? Optional.of(extracted) : Optional.empty();
  }
}
