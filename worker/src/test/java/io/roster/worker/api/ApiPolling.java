package io.roster.worker.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Polls a status route until its workflow has left RUNNING, within a bound. */
public final class ApiPolling {

  private ApiPolling() {}

  public static ApiResponse untilFinished(ApiClient api, String statusUrl, String token) {
    var last = new AtomicReference<ApiResponse>();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              var response = api.get(statusUrl, token).send();
              last.set(response);
              return response.status() != 200
                  || !WorkflowRuns.RUNNING.equals(response.text("status"));
            });
    return last.get();
  }
}
