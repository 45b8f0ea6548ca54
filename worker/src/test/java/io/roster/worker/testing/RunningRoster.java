package io.roster.worker.testing;

import static org.awaitility.Awaitility.await;

import io.roster.worker.RosterApplication;
import io.roster.worker.api.ApiTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service started as {@code java -jar roster-worker.jar} starts it, on embedded defaults
 * (PostgreSQL with its data in a fresh directory under target/, Temporal in memory), a random HTTP
 * port and the JWT secret of {@link ApiTokens}, which signs tokens for it. {@link #shared()} is one
 * instance per test JVM for the tests that only read or add their own data.
 */
public final class RunningRoster implements AutoCloseable {

  /** The HS256 secret the service verifies tokens with (ROSTER_JWT_SECRET), as the API tests'. */
  public static final String JWT_SECRET = ApiTokens.SECRET;

  private static RunningRoster shared;

  public final ConfigurableApplicationContext context;
  public final URI url;
  private final HttpClient http = HttpClient.newHttpClient();

  private RunningRoster(ConfigurableApplicationContext context) {
    this.context = context;
    this.url =
        URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
  }

  /** One running service for the whole test JVM; stopped when the JVM exits. */
  public static synchronized RunningRoster shared() {
    if (shared == null) {
      shared = start();
      shared.awaitReady(Duration.ofMinutes(3));
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** A service of its own, with extra arguments ({@code --name=value} properties). */
  public static RunningRoster start(String... extra) {
    var args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--ROSTER_PG_DATA="
                    + Path.of("target", "test-pg", UUID.randomUUID().toString()).toAbsolutePath(),
                "--ROSTER_JWT_SECRET=" + JWT_SECRET));
    args.addAll(List.of(extra));
    return new RunningRoster(RosterApplication.start(args.toArray(String[]::new)));
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits, within the bound, until readiness answers 200. */
  public void awaitReady(Duration bound) {
    await("readiness of " + url)
        .atMost(bound)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> get("/actuator/health/readiness").statusCode() == 200);
  }

  @Override
  public void close() {
    context.close();
  }
}
