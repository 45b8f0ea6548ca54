package io.roster.worker.cli;

import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;

/** What every client command needs to reach the service. */
final class ClientOptions {

  @Option(
      names = "--url",
      defaultValue = "http://127.0.0.1:8080",
      description = "Base URL of the Roster service (default: ${DEFAULT-VALUE}).")
  URI url;

  @Option(
      names = "--token",
      defaultValue = "${env:ROSTER_TOKEN}",
      description = "Bearer token (JWT) for the API; default: the ROSTER_TOKEN variable.")
  String token;

  @Option(
      names = "--poll-interval",
      defaultValue = "1s",
      converter = DurationConverter.class,
      description = "How often to ask for progress: 500ms, 2s, 1m or ISO-8601 (default: 1s).")
  Duration pollInterval;

  @Option(
      names = "--timeout",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description = "Give up waiting after this long, exit 5 (default: 0s, wait until it ends).")
  Duration timeout;
}
