package io.roster.worker.authz;

import static io.roster.worker.api.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiClient;
import io.roster.worker.api.ApiPolling;
import io.roster.worker.api.ApiResponse;
import io.roster.worker.api.ApiTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 part 5, privilege escalation: nobody changes their own roles, grants wider than their
 * scope or more than they hold, or assigns units without user.org_unit_assign; each refusal is the
 * documented code and writes no event.
 */
class PrivilegeEscalationTest extends ApiTestBase {

  private MatrixWorld w;

  @BeforeEach
  void world() {
    w = new MatrixWorld(api, admin());
  }

  @Test
  void nobodyAssignsChangesOrRevokesTheirOwnRole() {
    var orgAdmin = w.user(Who.ORG_ADMIN);
    var token = w.token(Who.ORG_ADMIN);
    refused(() -> grant(token, orgAdmin, "coordinator", w.orgA.path()), 403, "self_modification");
    refused(
        () ->
            grant(
                w.token(Who.FACILITY_ADMIN_OF_F2),
                w.user(Who.FACILITY_ADMIN_OF_F2),
                "clinician",
                w.f2.path()),
        403,
        "self_modification");
    var window = new HashMap<String, Object>();
    window.put("role_valid_until", "2099-12-31");
    refused(
        () ->
            api.call(
                    "PATCH",
                    "/api/v1/users/" + orgAdmin + "/roles/provider_admin?org_id=" + w.orgA.id(),
                    token)
                .json(window)
                .send(),
        403,
        "self_modification");
    refused(
        () ->
            api.call(
                    "DELETE",
                    "/api/v1/users/" + orgAdmin + "/roles/provider_admin?org_id=" + w.orgA.id(),
                    token)
                .send(),
        403,
        "self_modification");
    var superAdmin = w.user(Who.SUPER_ADMIN);
    refused(
        () ->
            api.call(
                    "DELETE",
                    "/api/v1/users/" + superAdmin + "/roles/super_admin",
                    w.token(Who.SUPER_ADMIN))
                .send(),
        403,
        "self_modification");
  }

  @Test
  void anOnboardingDoesNotGrantTheSubmitterARole() {
    var orgAdmin = w.user(Who.ORG_ADMIN);
    var member =
        Map.of(
            "user_id",
            orgAdmin,
            "roles",
            List.of(Map.of("role_name", "facility_admin", "scope_path", w.f1.path())));
    var accepted =
        api.post("/api/v1/organizations/" + w.orgA.id() + "/onboardings", w.token(Who.ORG_ADMIN))
            .json(Map.of("request_id", "self-" + UUID.randomUUID(), "staff", List.of(member)))
            .send();
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    var status = ApiPolling.untilFinished(api, accepted.text("status_url"), admin());

    assertThat(status.json().path("failed").asInt()).as(status.toString()).isEqualTo(1);
    assertThat(status.json().path("failures").get(0).path("code").asString())
        .isEqualTo("self_modification");
    assertThat(roleNames(orgAdmin)).containsExactly("provider_admin");
  }

  @Test
  void nobodyGrantsWiderThanTheirScopeOrMoreThanTheyHold() {
    var target = w.freshUser();
    var facilityAdmin = w.token(Who.FACILITY_ADMIN_OF_F2);
    refused(() -> grant(facilityAdmin, target, "clinician", w.orgA.path()), 403, "not_authorized");
    refused(() -> grant(facilityAdmin, target, "clinician", w.f1.path()), 403, "not_authorized");
    refused(
        () -> grant(facilityAdmin, target, "provider_admin", w.f2.path()),
        403,
        "privilege_escalation");
    refused(
        () -> grantIn(w.token(Who.ORG_ADMIN), target, "clinician", w.orgB.id(), null),
        403,
        "not_authorized");
    refused(
        () -> grantIn(w.token(Who.ORG_ADMIN), target, "super_admin", null, null),
        403,
        "not_authorized");
    refused(
        () -> grant(w.token(Who.COORDINATOR), target, "clinician", w.f1.path()),
        403,
        "not_authorized");
    refused(
        () ->
            api.call(
                    "DELETE",
                    "/api/v1/users/"
                        + w.user(Who.ORG_ADMIN_OF_B)
                        + "/roles/provider_admin?org_id="
                        + w.orgB.id(),
                    w.token(Who.ORG_ADMIN))
                .send(),
        403,
        "not_authorized");

    var within = grant(facilityAdmin, target, "facility_admin", w.f2.path());
    assertThat(within.status()).as("what one holds, at one's own scope: " + within).isEqualTo(201);
  }

  @Test
  void aPeerMentorAssignsNoUnitsToOthersOrThemselves() {
    var mentor = w.user(Who.PEER_MENTOR);
    var token = w.token(Who.PEER_MENTOR);
    var other = w.freshUser();
    refused(() -> assignUnit(token, other, w.f1.id()), 403, "not_authorized");
    refused(() -> assignUnit(token, mentor, w.f1.id()), 403, "not_authorized");
    var own = w.assignUnit(mentor, w.f1);
    w.assignUnit(mentor, w.f2);
    for (var change : List.of("deactivate", "primary")) {
      refused(
          () ->
              api.post("/api/v1/users/" + mentor + "/org-units/" + own + "/" + change, token)
                  .send(),
          403,
          "not_authorized");
    }
  }

  private void refused(Supplier<ApiResponse> request, int status, String code) {
    long before = eventCount();
    var response = request.get();
    assertProblem(response, status, code, null);
    assertThat(eventCount()).as("events after " + response).isEqualTo(before);
  }

  private ApiResponse grant(String token, UUID user, String role, String scopePath) {
    return grantIn(token, user, role, w.orgA.id(), scopePath);
  }

  private ApiResponse grantIn(String token, UUID user, String role, UUID org, String scopePath) {
    var body = new HashMap<String, Object>();
    body.put("role_name", role);
    body.put("org_id", org);
    body.put("scope_path", scopePath);
    return api.post("/api/v1/users/" + user + "/roles", token).json(ApiClient.json(body)).send();
  }

  private ApiResponse assignUnit(String token, UUID user, UUID unit) {
    return api.post("/api/v1/users/" + user + "/org-units", token)
        .json(Map.of("organization_unit_id", unit))
        .send();
  }

  private List<String> roleNames(UUID user) {
    return queryStrings(
        """
        SELECT r.name FROM user_roles_projection ur JOIN roles_projection r ON r.id = ur.role_id
        WHERE ur.user_id = :user ORDER BY r.name
        """,
        "user",
        user);
  }
}
