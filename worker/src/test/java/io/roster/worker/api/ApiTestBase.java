package io.roster.worker.api;

import io.roster.activities.RosterActivities;
import io.roster.worker.RosterApplication;
import io.roster.worker.dev.DevBootstrap;
import io.roster.worker.dev.DevWorld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The whole application on its embedded defaults (PostgreSQL in a fresh directory under target/,
 * Temporal's in-memory server), on a random port, with tokens checked against {@link
 * ApiTokens#SECRET}. Every API test extends this class unchanged, so Spring starts the context once
 * per test JVM. Each test gets the development world (a super_admin and the demo organization)
 * through the real commands; tests create their own organizations next to it.
 */
@SpringBootTest(
    classes = RosterApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ROSTER_JWT_SECRET=" + ApiTokens.SECRET,
      "spring.temporal.test-server.enabled=true",
      "roster.schedules.enabled=false",
      "roster.onboarding.batch-size=3",
      "roster.onboarding.parallelism=2"
    })
public abstract class ApiTestBase {

  private static final Path STATE = stateDirectory();

  @Autowired protected Jdbi jdbi;
  @Autowired protected RosterActivities activities;
  @LocalServerPort protected int port;

  protected ApiClient api;
  protected DevWorld world;

  @DynamicPropertySource
  static void embeddedState(DynamicPropertyRegistry registry) {
    registry.add("ROSTER_PG_DATA", () -> STATE.resolve("pg").toString());
    registry.add("ROSTER_HOME", () -> STATE.resolve("home").toString());
  }

  @BeforeEach
  void connect() {
    api = new ApiClient(port);
    world = new DevBootstrap(activities).ensure();
  }

  /** A token for the development super_admin. */
  protected String admin() {
    return ApiTokens.valid(world.adminId());
  }

  protected long eventCount() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM domain_events").mapTo(Long.class).one());
  }

  /** One value of a query with named bindings given as name, value pairs. */
  protected <T> T queryOne(Class<T> type, String sql, Object... bindings) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < bindings.length; i += 2) {
            query.bind((String) bindings[i], bindings[i + 1]);
          }
          return query.mapTo(type).one();
        });
  }

  /** The values of a one-column query, as text, with name, value pairs of bindings. */
  protected List<String> queryStrings(String sql, Object... bindings) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < bindings.length; i += 2) {
            query.bind((String) bindings[i], bindings[i + 1]);
          }
          return query.mapTo(String.class).list();
        });
  }

  protected UUID userIdByEmail(String email) {
    return queryOne(UUID.class, "SELECT id FROM users WHERE email = :email", "email", email);
  }

  protected long onboardingRows() {
    return queryOne(Long.class, "SELECT count(*) FROM onboarding_requests");
  }

  /**
   * Deletes a directory of a run over an hour old. The other surefire fork may be deleting the same
   * one at the same moment: what vanishes under this one is its work, not an error.
   */
  private static void deleteIfStale(Path directory, Instant stale) {
    try {
      if (Files.getLastModifiedTime(directory).toInstant().isBefore(stale)) {
        FileSystemUtils.deleteRecursively(directory);
      }
    } catch (IOException vanishedOrBusy) {
      // deleted by the other fork, or left for the next run
    }
  }

  /** A fresh directory for this JVM; those of runs over an hour old are deleted first. */
  private static Path stateDirectory() {
    try {
      var target = Files.createDirectories(Path.of("target"));
      var stale = Instant.now().minus(Duration.ofHours(1));
      try (var old = Files.newDirectoryStream(target, "api-test-*")) {
        for (var directory : old) {
          deleteIfStale(directory, stale);
        }
      }
      return Files.createTempDirectory(target, "api-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
