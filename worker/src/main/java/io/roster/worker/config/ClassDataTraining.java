package io.roster.worker.config;

import io.roster.worker.observability.StartupState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The build's training run for the class-data-sharing archive (worker/pom.xml, {@code
 * roster.training.exit-when-ready=true}): lets the service start all the way, so that the archive
 * holds every class a start loads (migrations, the Temporal worker, the schedules, the HTTP
 * server), asks it for its readiness and its OpenAPI document once, so that the classes serving a
 * request are in too, and exits. Not ready within {@link #READY_WITHIN}: exits with 1, failing the
 * build.
 */
@Component
@ConditionalOnProperty(name = "roster.training.exit-when-ready", havingValue = "true")
class ClassDataTraining implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ClassDataTraining.class);
  private static final Duration READY_WITHIN = Duration.ofMinutes(3);

  private final ConfigurableApplicationContext context;
  private final StartupState state;

  ClassDataTraining(ConfigurableApplicationContext context, StartupState state) {
    this.context = context;
    this.state = state;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    var thread = new Thread(this::exitWhenReady, "roster-class-data-training");
    thread.setDaemon(true);
    thread.start();
  }

  private void exitWhenReady() {
    int status = 1;
    try {
      long deadline = System.nanoTime() + READY_WITHIN.toNanos();
      while (!state.ready() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      if (state.ready()) {
        var port = context.getEnvironment().getProperty("local.server.port");
        var http = HttpClient.newHttpClient();
        for (var path : new String[] {"/actuator/health/readiness", "/api/v1/openapi.json"}) {
          var request =
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
          http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        log.info("Training run: ready and served; exiting so the class archive is written");
        status = 0;
      } else {
        log.error("Training run: not ready within {}: {}", READY_WITHIN, state.details());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.error("Training run failed", e);
    }
    int code = status;
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
