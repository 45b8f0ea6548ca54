package io.roster.worker.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claims USER [--org ID] [--as-of INSTANT]}: prints the access-token claims of a user. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Print the claims a user's access token carries (roles, scopes, permissions).")
final class ClaimsCommand extends ClientCommand {

  @Parameters(paramLabel = "USER", description = "User id.")
  UUID user;

  @Option(names = "--org", description = "Organization to scope the claims to.")
  UUID organization;

  @Option(names = "--as-of", description = "As of this instant (ISO-8601); default: now.")
  Instant asOf;

  @Override
  int run(RosterClient client) {
    var query = new ArrayList<String>();
    if (organization != null) {
      query.add("org_id=" + organization);
    }
    if (asOf != null) {
      query.add("as_of=" + RosterClient.query(asOf.toString()));
    }
    var path =
        "/api/v1/users/"
            + user
            + "/claims"
            + (query.isEmpty() ? "" : "?" + String.join("&", query));
    out().println(client.get(path).toPrettyString());
    return OK;
  }
}
