package io.roster.bench;

import io.roster.bench.infra.BenchPostgres;
import io.roster.bench.platform.PlatformData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the scenarios of one run share: the embedded PostgreSQL (started on first use), the platform
 * data set of each scale (loaded on first use), the worker jar, and whether to profile.
 */
public final class BenchContext implements AutoCloseable {

  private static final List<Path> WORKER_JARS =
      List.of(
          Path.of("worker/target/roster-worker.jar"),
          Path.of("../worker/target/roster-worker.jar"));

  private final boolean profile;
  private final Path workerJar;
  private final Map<Scale, PlatformData> platforms = new HashMap<>();
  private BenchPostgres postgres;

  public BenchContext(boolean profile, Path workerJar) {
    this.profile = profile;
    this.workerJar = workerJar;
  }

  public boolean profiling() {
    return profile;
  }

  public synchronized BenchPostgres postgres() {
    if (postgres == null) {
      Progress.say("starting embedded PostgreSQL and migrating its template database");
      postgres = BenchPostgres.start(profile);
    }
    return postgres;
  }

  public synchronized PlatformData platform(Scale scale) throws SQLException {
    var data = platforms.get(scale);
    if (data == null) {
      data = PlatformData.load(postgres(), scale);
      platforms.put(scale, data);
    }
    return data;
  }

  /** The worker jar given, else the first of worker/target/roster-worker.jar found from here. */
  public Optional<Path> workerJar() {
    if (workerJar != null) {
      return Files.isRegularFile(workerJar) ? Optional.of(workerJar) : Optional.empty();
    }
    return WORKER_JARS.stream().filter(Files::isRegularFile).findFirst();
  }

  @Override
  public synchronized void close() {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }
}
