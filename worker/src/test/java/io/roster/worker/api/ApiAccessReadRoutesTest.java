package io.roster.worker.api;

import static io.roster.worker.api.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiAccessReadRoutesTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;
  private Scope facility;
  private UUID nurse;

  @BeforeEach
  void nurse() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Reads Org");
    facility = fixtures.unit(org, "facility", "Ward");
    nurse = fixtures.user("nurse");
    var assigned =
        api.post("/api/v1/users/" + nurse + "/roles", admin())
            .json(
                Map.of(
                    "role_name", "clinician",
                    "org_id", org.id(),
                    "scope_path", facility.path(),
                    "role_valid_from", "2025-01-01",
                    "role_valid_until", "2025-12-31"))
            .send();
    assertThat(assigned.status()).isEqualTo(201);
  }

  @Test
  void aUserReadsTheirOwnActiveRolesAndClaimsAtAnyInstant() {
    var token = ApiTokens.valid(nurse);
    var base = "/api/v1/users/" + nurse;

    var during =
        api.get(base + "/active-roles?org_id=" + org.id() + "&as_of=2025-06-01T12:00:00Z", token)
            .send();
    var before =
        api.get(base + "/active-roles?org_id=" + org.id() + "&as_of=2024-06-01T12:00:00Z", token)
            .send();
    var claims =
        api.get(base + "/claims?org_id=" + org.id() + "&as_of=2025-06-01T12:00:00Z", token).send();

    assertThat(during.status()).as(during.toString()).isEqualTo(200);
    assertThat(during.json().path("roles").get(0).path("role_name").asString())
        .isEqualTo("clinician");
    assertThat(during.json().path("roles").get(0).path("scope_path").asString())
        .isEqualTo(facility.path());
    assertThat(before.json().path("roles").size()).isZero();
    assertThat(claims.status()).as(claims.toString()).isEqualTo(200);
    assertThat(claims.text("sub")).isEqualTo(nurse.toString());
    assertThat(claims.text("role")).isEqualTo("clinician");
    assertThat(claims.text("org_id")).isEqualTo(org.id().toString());
    assertThat(claims.json().path("effective_permissions").isArray()).isTrue();
  }

  @Test
  void othersNeedUserRoleAssignAtTheOrganizationOrSuperAdmin() {
    var stranger = fixtures.user("stranger");
    var orgAdmin = fixtures.user("org-admin");
    fixtures.role(orgAdmin, "provider_admin", org);
    var base = "/api/v1/users/" + nurse;

    assertProblem(
        api.get(base + "/active-roles?org_id=" + org.id(), ApiTokens.valid(stranger)).send(),
        403,
        "not_authorized",
        null);
    assertThat(
            api.get(base + "/claims?org_id=" + org.id(), ApiTokens.valid(orgAdmin)).send().status())
        .isEqualTo(200);
    assertProblem(
        api.get(base + "/claims", ApiTokens.valid(orgAdmin)).send(), 403, "not_authorized", null);
    assertThat(api.get(base + "/claims", admin()).send().status()).isEqualTo(200);
    assertProblem(
        api.get("/api/v1/users/" + UUID.randomUUID() + "/active-roles", admin()).send(),
        404,
        "user_not_found",
        "user");
    assertProblem(
        api.get(base + "/active-roles?org_id=" + UUID.randomUUID(), admin()).send(),
        404,
        "organization_not_found",
        "org_id");
  }
}
