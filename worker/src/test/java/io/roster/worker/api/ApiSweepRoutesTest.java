package io.roster.worker.api;

import static io.roster.worker.api.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiSweepRoutesTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;

  @BeforeEach
  void organization() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Sweep Org");
  }

  @Test
  void aRoleExpirySweepAsOfAnInstantExpiresTheRolesWhoseWindowClosedAndReportsItsTally() {
    var user = fixtures.user("expiring");
    var assigned =
        api.post("/api/v1/users/" + user + "/roles", admin())
            .json(
                Map.of(
                    "role_name", "clinician",
                    "org_id", org.id(),
                    "role_valid_from", "2020-01-01",
                    "role_valid_until", "2020-01-31"))
            .send();
    assertThat(assigned.status()).isEqualTo(201);

    var started =
        api.post("/api/v1/sweeps/role-expiry", admin())
            .json(Map.of("as_of", "2020-02-15T00:00:00Z"))
            .send();

    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.text("workflow_id")).matches("role-expiry/2020-02-15T00:00:00Z-[0-9a-f]{8}");
    assertThat(started.text("status_url"))
        .isEqualTo("/api/v1/sweeps/" + started.text("workflow_id"));
    var status = ApiPolling.untilFinished(api, started.text("status_url"), admin());
    assertThat(status.text("status")).as(status.toString()).isEqualTo("COMPLETED");
    assertThat(status.text("workflow_type")).isEqualTo("RoleExpiryWorkflow");
    assertThat(status.json().path("result").path("roles_expired").asLong())
        .isGreaterThanOrEqualTo(1);
    assertThat(
            queryOne(
                Boolean.class,
                "SELECT expired_at IS NOT NULL FROM user_roles_projection WHERE user_id = :u",
                "u",
                user))
        .isTrue();
  }

  @Test
  void aPendingActivationSweepRunsWithoutABodyAndARepeatedKeyAnswersTheSameWorkflow() {
    var key = "sweep-" + ApiFixtures.shortId();

    var started = api.call("POST", "/api/v1/sweeps/pending-activation", admin()).key(key).send();
    var again = api.call("POST", "/api/v1/sweeps/pending-activation", admin()).key(key).send();

    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.text("workflow_id")).startsWith("pending-activation/");
    assertThat(again.raw()).isEqualTo(started.raw());
    var status = ApiPolling.untilFinished(api, started.text("status_url"), admin());
    assertThat(status.text("status")).isEqualTo("COMPLETED");
    assertThat(status.json().path("result").has("roles_activated")).isTrue();
  }

  @Test
  void onlyThePlatformMayStartOrReadSweeps() {
    var orgAdmin = fixtures.user("org-admin");
    fixtures.role(orgAdmin, "provider_admin", org);
    var started = api.post("/api/v1/sweeps/role-expiry", admin()).send();
    // finished before the test ends, so that it never sweeps another test's rows
    ApiPolling.untilFinished(api, started.text("status_url"), admin());

    assertProblem(
        api.post("/api/v1/sweeps/role-expiry", ApiTokens.valid(orgAdmin)).send(),
        403,
        "not_authorized",
        null);
    assertProblem(
        api.get(started.text("status_url"), ApiTokens.valid(orgAdmin)).send(),
        403,
        "not_authorized",
        null);
    assertProblem(
        api.get("/api/v1/sweeps/role-expiry/" + UUID.randomUUID(), admin()).send(),
        404,
        "sweep_not_found",
        "workflow_id");
  }
}
