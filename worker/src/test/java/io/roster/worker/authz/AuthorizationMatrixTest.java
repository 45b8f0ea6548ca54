package io.roster.worker.authz;

import io.roster.db.testing.Figures;
import io.roster.worker.api.ApiTestBase;
import io.roster.worker.api.ProblemAssert;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 8 part 5: every route of the API × every kind of caller answers what the documented rules
 * say ({@link AccountRoutes}, {@link AssignmentRoutes}, {@link Catalogue}), an allowed caller
 * succeeds with a fresh valid request, and a refusal is a problem document that wrote no event.
 */
class AuthorizationMatrixTest extends ApiTestBase {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixTest.class);

  @Test
  void everyRouteAnswersEveryCallerAsTheRulesSayAndNoRefusalWritesAnEvent() {
    var world = new MatrixWorld(api, admin());
    var routes = Stream.concat(AccountRoutes.all().stream(), AssignmentRoutes.all().stream());
    var softly = new SoftAssertions();
    var rows = new ArrayList<String>();
    int cells = 0;
    int allowed = 0;
    int refused = 0;
    long eventsOnRefusals = 0;
    for (var route : routes.toList()) {
      var row = new StringBuilder(String.format("%-52s", route.name()));
      for (var who : Who.values()) {
        var request = route.prepare().apply(world);
        long before = eventCount();
        var response = request.as(world.token(who)).key("matrix-" + UUID.randomUUID()).send();
        long written = eventCount() - before;
        int expected = route.expected(who);
        var cell = route.name() + " as " + who + " (" + route.needs() + ")";
        cells++;
        row.append(
            String.format(
                " %4s",
                response.status() == expected ? response.status() : "!" + response.status()));
        if (expected == route.success()) {
          allowed++;
          softly.assertThat(response.status()).as(cell + ": " + response).isEqualTo(expected);
          if (response.status() == 202) {
            world.finish(response);
          }
        } else {
          refused++;
          eventsOnRefusals += written;
          softly.assertThat(written).as(cell + ": events written by a refusal").isZero();
          softly.check(
              () ->
                  ProblemAssert.assertProblem(
                      response, who.refusalStatus(), who.refusalCode(), who.refusalField()));
        }
      }
      rows.add(row.toString());
    }
    log.info(
        "Authorization matrix (route × caller → status, ! = not the expected):\n{}", table(rows));
    new Figures("authorization-matrix")
        .put("routes", rows.size())
        .put("callers", Who.values().length)
        .put("cells", cells)
        .put("allowed", allowed)
        .put("refused", refused)
        .put("events_on_refusals", eventsOnRefusals)
        .write();
    softly.assertAll();
  }

  @Test
  void thePublicDocumentsAnswerEveryCaller() {
    var world = new MatrixWorld(api, admin());
    var softly = new SoftAssertions();
    for (var path : List.of("/api/v1/openapi.json", "/actuator/health")) {
      for (var who : Who.values()) {
        var response = api.get(path, world.token(who)).send();
        softly
            .assertThat(response.status())
            .as(path + " as " + who + ": " + response)
            .isEqualTo(200);
      }
    }
    softly.assertAll();
  }

  private static String table(List<String> rows) {
    var header = new StringBuilder(String.format("%-52s", "route \\ caller"));
    for (var who : Who.values()) {
      header.append(String.format(" %4s", abbreviation(who)));
    }
    var text = new StringBuilder(header).append('\n');
    rows.forEach(row -> text.append(row).append('\n'));
    text.append("callers: ");
    for (var who : Who.values()) {
      text.append(abbreviation(who)).append('=').append(who).append(' ');
    }
    return text.toString();
  }

  private static String abbreviation(Who who) {
    return switch (who) {
      case NO_TOKEN -> "none";
      case EXPIRED -> "exp";
      case WRONG_SIGNATURE -> "sig";
      case ALG_NONE -> "algN";
      case UNKNOWN_USER -> "unkn";
      case CLINICIAN -> "clin";
      case PEER_MENTOR -> "peer";
      case COORDINATOR -> "coor";
      case FACILITY_ADMIN_OF_F2 -> "faF2";
      case ORG_ADMIN_OF_B -> "oaB";
      case ORG_ADMIN -> "oaA";
      case SUPER_ADMIN -> "sa";
    };
  }
}
