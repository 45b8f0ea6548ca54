package io.roster.bench.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the worker is launched: the java arguments before the application's own, and a name for the
 * report. The build ships two layouts (worker/pom.xml): the portable fat jar, and next to it {@code
 * roster/}, the same jar extracted with a class-data-sharing archive of the classes a start loads.
 */
record Launch(String name, List<String> javaArguments) {

  static Launch fatJar(Path jar) {
    return new Launch(
        "java -jar worker/target/roster-worker.jar",
        List.of("-jar", jar.toAbsolutePath().toString()));
  }

  /** The fast layout beside {@code fatJar}, when the build made it. */
  static Optional<Launch> fastLayout(Path fatJar) {
    var directory = fatJar.toAbsolutePath().getParent().resolve("roster");
    var jar = directory.resolve("roster-worker.jar");
    var archive = directory.resolve("roster-worker.jsa");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(archive)) {
      return Optional.empty();
    }
    return Optional.of(
        new Launch(
            "java -XX:SharedArchiveFile=worker/target/roster/roster-worker.jsa -jar"
                + " worker/target/roster/roster-worker.jar",
            List.of("-XX:SharedArchiveFile=" + archive, "-jar", jar.toString())));
  }
}
