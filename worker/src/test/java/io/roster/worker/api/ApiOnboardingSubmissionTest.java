package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Submitting onboardings: a repeated Idempotency-Key answers again without writing, an actor
 * without {@code user.role_assign} stores nothing, and the shipped example onboards into the
 * development organization.
 */
class ApiOnboardingSubmissionTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;

  @BeforeEach
  void organization() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Submission Org");
  }

  @Test
  void aRepeatedIdempotencyKeyAnswersTheFirstResultAndWritesNothing() {
    var requestId = "repeat-" + ApiFixtures.shortId();
    var body =
        Map.of(
            "request_id",
            requestId,
            "staff",
            List.of(
                Map.of(
                    "email", "linus-" + requestId + "@roster.test",
                    "first_name", "Linus",
                    "last_name", "Torvalds")));
    var key = "onboard-" + requestId;
    var first =
        api.call("POST", "/api/v1/organizations/" + org.id() + "/onboardings", admin())
            .key(key)
            .json(body)
            .send();
    assertThat(first.status()).as(first.toString()).isEqualTo(202);
    ApiPolling.untilFinished(api, first.text("status_url"), admin());
    long events = eventCount();
    long rows = onboardingRows();

    var again =
        api.call("POST", "/api/v1/organizations/" + org.id() + "/onboardings", admin())
            .key(key)
            .json(Map.of("request_id", requestId + "-other", "staff", body.get("staff")))
            .send();

    assertThat(again.status()).isEqualTo(202);
    assertThat(again.raw()).isEqualTo(first.raw());
    assertThat(eventCount()).isEqualTo(events);
    assertThat(onboardingRows()).isEqualTo(rows);

    var user =
        api.call("POST", "/api/v1/users", admin())
            .key(key + "-user")
            .json(
                Map.of(
                    "email",
                    "k-" + requestId + "@roster.test",
                    "first_name",
                    "K",
                    "last_name",
                    "L"))
            .send();
    long afterUser = eventCount();
    var userAgain =
        api.call("POST", "/api/v1/users", admin())
            .key(key + "-user")
            .json(
                Map.of(
                    "email",
                    "k-" + requestId + "@roster.test",
                    "first_name",
                    "K",
                    "last_name",
                    "L"))
            .send();
    assertThat(userAgain.status()).isEqualTo(201);
    assertThat(userAgain.raw()).isEqualTo(user.raw());
    assertThat(eventCount()).isEqualTo(afterUser);
  }

  @Test
  void anActorWithoutUserRoleAssignIsRefusedBeforeAnythingIsStored() {
    var coordinator = fixtures.user("coordinator");
    fixtures.role(coordinator, "coordinator", org);
    long events = eventCount();
    long rows = onboardingRows();
    var body =
        Map.of(
            "request_id",
            "denied-" + ApiFixtures.shortId(),
            "staff",
            List.of(Map.of("email", "x-" + ApiFixtures.shortId() + "@roster.test")));

    var denied =
        api.post("/api/v1/organizations/" + org.id() + "/onboardings", ApiTokens.valid(coordinator))
            .json(body)
            .send();
    var anonymous =
        api.post(
                "/api/v1/organizations/" + org.id() + "/onboardings",
                ApiTokens.wrongSecret(coordinator))
            .json(body)
            .send();

    assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
    assertThat(denied.text("code")).isEqualTo("not_authorized");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(eventCount()).isEqualTo(events);
    assertThat(onboardingRows()).isEqualTo(rows);
  }

  @Test
  void theExampleCsvOnboardsIntoTheDemoOrganization() throws Exception {
    var csv = Files.readAllBytes(Path.of("..", "examples", "staff.csv"));
    var requestId = "example-" + ApiFixtures.shortId();

    var accepted =
        api.post(
                "/api/v1/organizations/"
                    + world.organizationId()
                    + "/onboardings?request_id="
                    + requestId,
                admin())
            .body("text/csv", csv)
            .send();

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    var status = ApiPolling.untilFinished(api, accepted.text("status_url"), admin());
    assertThat(status.text("status")).isEqualTo("COMPLETED");
    assertThat(status.json().path("failed").asInt()).as(status.toString()).isZero();
    assertThat(status.json().path("succeeded").asInt()).as(status.toString()).isEqualTo(5);
  }
}
