package io.roster.worker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.worker.testing.RunningRoster;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * With ROSTER_DB_URL pointing at a PostgreSQL that does not answer yet, the service starts anyway:
 * alive, not ready, saying which server it waits for and how to configure it; once the server
 * answers it migrates and becomes ready, with no restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupWithoutPostgresTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theServiceWaitsNotReadyForAnUnreachablePostgresAndBecomesReadyWhenItAnswers(
      CapturedOutput output) throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (var roster =
        RunningRoster.start(
            "--ROSTER_DB_URL=" + url,
            "--ROSTER_DB_USER=postgres",
            "--roster.startup.max-retry-interval=1s",
            "--roster.schedules.enabled=false")) {
      await("readiness saying what it waits for")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                var readiness = roster.get("/actuator/health/readiness");
                assertThat(readiness.statusCode()).isEqualTo(503);
                var components = JSON.readTree(readiness.body()).path("components");
                assertThat(components.path("db").path("status").asText()).isEqualTo("DOWN");
                assertThat(components.path("startup").path("details").path("database").asText())
                    .startsWith("waiting: PostgreSQL at " + url + " does not answer")
                    .contains("ROSTER_DB_URL");
              });
      assertThat(roster.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
      assertThat(output.getOut())
          .contains("PostgreSQL at " + url + " does not answer")
          .contains("set ROSTER_DB_URL, ROSTER_DB_USER and ROSTER_DB_PASSWORD");

      try (var postgres = EmbeddedPostgres.builder().setPort(port).start()) {
        roster.awaitReady(Duration.ofMinutes(2));
        var components =
            JSON.readTree(roster.get("/actuator/health/readiness").body()).path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("startup").path("details").path("database").asText())
            .startsWith("schema at version");
        assertThat(components.path("startup").path("details").path("worker").asText())
            .isEqualTo("polling");
        roster.close();
      }
    }
  }
}
