package io.roster.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sweep expiry|activation [--as-of INSTANT]}: runs a sweep now on a running service and
 * waits for its tally. The sweeps are idempotent: running one again appends nothing twice.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Run a sweep now and print what it appended:",
      "  expiry      role windows, client and schedule assignments that closed, and expiry notices",
      "  activation  role windows that opened"
    })
final class SweepCommand extends ClientCommand {

  /** Which sweep. */
  enum Kind {
    expiry("role-expiry"),
    activation("pending-activation");

    final String route;

    Kind(String route) {
      this.route = route;
    }
  }

  @Parameters(paramLabel = "KIND", description = "expiry or activation.")
  Kind kind;

  @Option(
      names = "--as-of",
      description = "Sweep as of this instant (ISO-8601, e.g. 2025-07-01T00:00:00Z); default: now.")
  Instant asOf;

  @Override
  int run(RosterClient client) throws InterruptedException {
    var body = new LinkedHashMap<String, Object>();
    if (asOf != null) {
      body.put("as_of", asOf.toString());
    }
    var started =
        client.postJson("/api/v1/sweeps/" + kind.route, body, UUID.randomUUID().toString());
    var workflowId = started.path("workflow_id").asText();
    out().printf("Started %s%n", workflowId);
    out().flush();
    // the service names its status route; the id's '/' stays a '/' (the API refuses %2F)
    var statusUrl = started.path("status_url").asText("");
    var path = statusUrl.isBlank() ? "/api/v1/sweeps/" + RosterClient.path(workflowId) : statusUrl;
    var deadline = deadline();
    JsonNode status = client.get(path);
    while ("RUNNING".equals(status.path("status").asText()) && !passed(deadline)) {
      pause();
      status = client.get(path);
    }
    var state = status.path("status").asText("?");
    out().printf("%s: %s%n", state, status.path("result").toPrettyString());
    return switch (state) {
      case "COMPLETED" -> OK;
      case "RUNNING" -> TIMED_OUT;
      default -> FAILED;
    };
  }
}
