package io.roster.worker.cli;

import java.net.URI;

/** The service did not answer at all: not running, wrong --url, or a network in between. */
final class ServiceUnreachable extends RuntimeException {

  ServiceUnreachable(URI url, Throwable cause) {
    super(
        "the Roster service at %s does not answer (%s). Is it running (java -jar roster-worker.jar serve)? Is --url right?"
            .formatted(url, describe(cause)),
        cause);
  }

  /** The first failure in the chain that says something, e.g. "Connection refused". */
  private static String describe(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return cause.getClass().getSimpleName();
  }
}
