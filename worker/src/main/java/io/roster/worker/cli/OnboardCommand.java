package io.roster.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code onboard --org ID FILE}: submits a staff file to a running service, follows the onboarding
 * with a progress bar, prints the report (every refused member with its reason), and exits 0 when
 * the onboarding completed, even if some members were refused.
 */
@Command(
    name = "onboard",
    mixinStandardHelpOptions = true,
    description = {
      "Onboard a whole staff from a CSV or JSON file into an organization, and follow it.",
      "Sending the same file again attaches to the first run: nothing is onboarded twice."
    })
final class OnboardCommand extends ClientCommand {

  @Option(names = "--org", required = true, description = "Organization id.")
  UUID organization;

  @Option(
      names = "--request-id",
      description = "Request id (default: the file's, else its name and a hash of its content).")
  String requestId;

  @Parameters(paramLabel = "FILE", description = "Staff file: .csv, or .json.")
  Path file;

  @Override
  int run(RosterClient client) throws InterruptedException {
    OnboardingUpload upload;
    try {
      upload = OnboardingUpload.read(file, requestId);
    } catch (RuntimeException e) {
      err().println("error: " + e.getMessage());
      return spec.exitCodeOnInvalidInput();
    }
    var collection = "/api/v1/organizations/" + organization + "/onboardings";
    var submitted =
        client.post(
            upload.csv()
                ? collection + "?request_id=" + RosterClient.query(upload.requestId())
                : collection,
            upload.contentType(),
            upload.body(),
            upload.requestId());
    out()
        .printf(
            "Submitted request %s (workflow %s)%n",
            upload.requestId(), submitted.path("workflow_id").asText("?"));
    out().flush();
    var statusPath = collection + "/" + RosterClient.segment(upload.requestId());
    var deadline = deadline();
    JsonNode status;
    try (var bar = new OnboardingProgressBar(err())) {
      while (true) {
        status = client.get(statusPath);
        bar.show(
            status.path("total").asLong(),
            status.path("succeeded").asLong(),
            status.path("failed").asLong());
        if (!"RUNNING".equals(status.path("status").asText()) || passed(deadline)) {
          break;
        }
        pause();
      }
    }
    return report(status);
  }

  private int report(JsonNode status) {
    var state = status.path("status").asText("?");
    var out = out();
    out.printf(
        "%s: %d of %d onboarded, %d refused%n",
        state,
        status.path("succeeded").asLong(),
        status.path("total").asLong(),
        status.path("failed").asLong());
    for (var failure : status.path("failures")) {
      out.printf(
          "  #%d %s: %s: %s%n",
          failure.path("index").asInt(),
          failure.path("email").asText(""),
          failure.path("code").asText(""),
          failure.path("message").asText(""));
    }
    if (status.path("failures_truncated").asBoolean(false)) {
      out.println("  (more refused members than listed here)");
    }
    return switch (state) {
      case "COMPLETED" -> OK;
      case "RUNNING" -> {
        err()
            .println(
                "error: still running when --timeout ran out; run the command again to follow it");
        yield TIMED_OUT;
      }
      default -> {
        err().println("error: the onboarding ended " + state + errorOf(status));
        yield FAILED;
      }
    };
  }

  private static String errorOf(JsonNode status) {
    var error = status.path("error");
    if (error.isMissingNode() || error.isNull()) {
      return "";
    }
    return ": " + (error.isTextual() ? error.asText() : error.toString());
  }
}
