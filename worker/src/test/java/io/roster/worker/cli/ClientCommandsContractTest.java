package io.roster.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client commands against the documented HTTP contract (DESIGN.md §11), served by a fake on
 * loopback: what they send, what they print, how they exit.
 */
class ClientCommandsContractTest {

  static final UUID ORG = UUID.fromString("8e0d8a5e-6a8e-4cf1-9f55-7b0c1b2a3d4e");

  @TempDir Path dir;

  private Path csv() throws Exception {
    var file = dir.resolve("night shift.csv");
    Files.writeString(file, "email,first_name,last_name,role_name\na@x.test,A,B,clinician\n");
    return file;
  }

  @Test
  void onboardSendsTheCsvWithItsRequestIdFollowsProgressAndExitsZeroListingRefusedMembers()
      throws Exception {
    try (var api = new FakeRosterApi()) {
      api.answer(202, "{\"workflow_id\":\"onboard-staff/x/y\",\"request_id\":\"r\"}")
          .answer(
              200,
              "{\"status\":\"RUNNING\",\"total\":3,\"succeeded\":1,\"failed\":0,\"failures\":[]}")
          .answer(
              200,
              """
              {"status":"COMPLETED","total":3,"succeeded":2,"failed":1,"failures":[
                {"index":2,"email":"c@x.test","code":"role_not_found","message":"no role wizard"}]}
              """);

      var run =
          CommandRun.of(
              "onboard",
              "--org",
              ORG.toString(),
              "--url",
              api.url().toString(),
              "--token",
              "t0ken",
              "--poll-interval",
              "10ms",
              csv().toString());

      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).contains("Onboarding").contains("2 onboarded, 1 refused");
      assertThat(run.out())
          .contains("COMPLETED: 2 of 3 onboarded, 1 refused")
          .contains("#2 c@x.test: role_not_found: no role wizard");
      var post = api.requests().get(0);
      var requestId =
          OnboardingUpload.defaultRequestId("night shift.csv", Files.readAllBytes(csv()));
      assertThat(requestId).matches("night-shift-[0-9a-f]{12}");
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.rawPath()).isEqualTo("/api/v1/organizations/" + ORG + "/onboardings");
      assertThat(post.rawQuery()).isEqualTo("request_id=" + requestId);
      assertThat(post.header("Content-Type")).isEqualTo("text/csv");
      assertThat(post.header("Idempotency-Key")).isEqualTo(requestId);
      assertThat(post.header("Authorization")).isEqualTo("Bearer t0ken");
      assertThat(post.body()).startsWith("email,first_name");
      assertThat(api.requests().get(1).rawPath())
          .isEqualTo("/api/v1/organizations/" + ORG + "/onboardings/" + requestId);
    }
  }

  @Test
  void onboardWrapsAJsonStaffListWithTheRequestIdGiven() throws Exception {
    var file = dir.resolve("staff.json");
    Files.writeString(file, "[{\"email\":\"a@x.test\",\"first_name\":\"A\",\"last_name\":\"B\"}]");
    try (var api = new FakeRosterApi()) {
      api.answer(202, "{\"workflow_id\":\"w\"}")
          .answer(200, "{\"status\":\"COMPLETED\",\"total\":1,\"succeeded\":1,\"failed\":0}");

      var run =
          CommandRun.of(
              "onboard",
              "--org=" + ORG,
              "--url=" + api.url(),
              "--request-id=hires-2025-07",
              file.toString());

      assertThat(run.exitCode()).isZero();
      var post = api.requests().get(0);
      assertThat(post.header("Content-Type")).isEqualTo("application/json");
      assertThat(post.header("Idempotency-Key")).isEqualTo("hires-2025-07");
      assertThat(post.rawQuery()).isNull();
      assertThat(RosterClient.JSON.readTree(post.body()).path("request_id").asText())
          .isEqualTo("hires-2025-07");
      assertThat(
              RosterClient.JSON.readTree(post.body()).path("staff").get(0).path("email").asText())
          .isEqualTo("a@x.test");
    }
  }

  @Test
  void onboardPrintsTheProblemDetailCodeAndFieldAndExitsNonZeroOnA4xx() throws Exception {
    try (var api = new FakeRosterApi()) {
      api.problem(
          422,
          """
          {"type":"about:blank","title":"Unprocessable Entity","status":422,
           "detail":"request_id must be 1 to 100 of A-Z a-z 0-9 . _ : -",
           "code":"invalid_request_id","field":"request_id"}
          """);

      var run =
          CommandRun.of(
              "onboard", "--org", ORG.toString(), "--url", api.url().toString(), csv().toString());

      assertThat(run.exitCode()).isEqualTo(ClientCommand.REFUSED);
      assertThat(run.err())
          .contains("HTTP 422")
          .contains("request_id must be 1 to 100")
          .contains("code: invalid_request_id")
          .contains("field: request_id");
      assertThat(api.requests()).hasSize(1);
    }
  }

  @Test
  void onboardExitsNonZeroWhenTheOnboardingFailed() throws Exception {
    try (var api = new FakeRosterApi()) {
      api.answer(202, "{\"workflow_id\":\"w\"}")
          .answer(200, "{\"status\":\"FAILED\",\"total\":2,\"succeeded\":0,\"failed\":0}");

      var run =
          CommandRun.of(
              "onboard", "--org", ORG.toString(), "--url", api.url().toString(), csv().toString());

      assertThat(run.exitCode()).isEqualTo(ClientCommand.FAILED);
      assertThat(run.err()).contains("ended FAILED");
    }
  }

  @Test
  void everyClientCommandSaysWhenNothingAnswersAtTheUrl() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var url = "http://127.0.0.1:" + port;

    var onboard = CommandRun.of("onboard", "--org", ORG.toString(), "--url", url, csv().toString());
    var claims = CommandRun.of("claims", UUID.randomUUID().toString(), "--url", url);

    for (var run : new CommandRun[] {onboard, claims}) {
      assertThat(run.exitCode()).isEqualTo(ClientCommand.UNREACHABLE);
      assertThat(run.err()).contains("does not answer").contains(url).contains("Is it running");
    }
  }

  @Test
  void sweepFollowsTheStatusRouteTheServiceNamesAndPrintsTheTally() throws Exception {
    var id = "role-expiry/2025-07-01T00:00:00Z-1a2b3c4d";
    try (var api = new FakeRosterApi()) {
      api.answer(
              202, "{\"workflow_id\":\"" + id + "\",\"status_url\":\"/api/v1/sweeps/" + id + "\"}")
          .answer(200, "{\"status\":\"RUNNING\"}")
          .answer(200, "{\"status\":\"COMPLETED\",\"result\":{\"roles_expired\":4}}");

      var run =
          CommandRun.of(
              "sweep",
              "expiry",
              "--as-of",
              "2025-07-01T00:00:00Z",
              "--url",
              api.url().toString(),
              "--poll-interval",
              "10ms");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("Started " + id)
          .contains("COMPLETED")
          .contains("\"roles_expired\" : 4");
      var post = api.requests().get(0);
      assertThat(post.rawPath()).isEqualTo("/api/v1/sweeps/role-expiry");
      assertThat(post.body()).isEqualTo("{\"as_of\":\"2025-07-01T00:00:00Z\"}");
      assertThat(post.header("Idempotency-Key")).isNotBlank();
      assertThat(api.requests().get(1).rawPath()).isEqualTo("/api/v1/sweeps/" + id);
    }
  }

  @Test
  void sweepWithoutAStatusRouteKeepsTheSlashesOfTheIdAndEncodesTheRest() throws Exception {
    try (var api = new FakeRosterApi()) {
      api.answer(202, "{\"workflow_id\":\"pending-activation/2025-07-01T00:00:00Z-9f\"}")
          .answer(200, "{\"status\":\"COMPLETED\",\"result\":{\"roles_activated\":0}}");

      var run = CommandRun.of("sweep", "activation", "--url", api.url().toString());

      assertThat(run.exitCode()).isZero();
      assertThat(api.requests().get(0).rawPath()).isEqualTo("/api/v1/sweeps/pending-activation");
      assertThat(api.requests().get(0).body()).isEqualTo("{}");
      assertThat(api.requests().get(1).rawPath())
          .isEqualTo("/api/v1/sweeps/pending-activation/2025-07-01T00%3A00%3A00Z-9f");
    }
  }

  @Test
  void claimsAsksForTheUserInAnOrganizationAsOfAnInstantAndPrintsThem() throws Exception {
    var user = UUID.randomUUID();
    try (var api = new FakeRosterApi()) {
      api.answer(200, "{\"sub\":\"" + user + "\",\"permissions\":[\"client.read\"]}");

      var run =
          CommandRun.of(
              "claims",
              user.toString(),
              "--org",
              ORG.toString(),
              "--as-of",
              "2025-07-01T00:00:00Z",
              "--url",
              api.url().toString());

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("\"permissions\"").contains("client.read");
      var get = api.requests().get(0);
      assertThat(get.rawPath()).isEqualTo("/api/v1/users/" + user + "/claims");
      assertThat(get.rawQuery()).isEqualTo("org_id=" + ORG + "&as_of=2025-07-01T00%3A00%3A00Z");
    }
  }
}
