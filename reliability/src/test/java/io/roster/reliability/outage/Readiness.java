package io.roster.reliability.outage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The readiness probe of a running service ({@code GET /actuator/health/readiness} on 127.0.0.1):
 * 200 when ready, 503 when not, -1 when nothing answers.
 */
final class Readiness {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI uri;

  Readiness(int port) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
  }

  int status() {
    try {
      return http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
