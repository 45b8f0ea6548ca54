package io.roster.worker.authz;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiClient;
import io.roster.worker.api.ApiFixtures;
import io.roster.worker.api.ApiFixtures.Scope;
import io.roster.worker.api.ApiPolling;
import io.roster.worker.api.ApiResponse;
import io.roster.worker.api.ApiTokens;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The world of the matrix, built through the API by the development super_admin: organization A
 * with facilities F1 (with a program below it) and F2, organization B, one real user per caller of
 * {@link Who} holding their role, and the targets each cell needs, fresh every time.
 */
final class MatrixWorld {

  final ApiClient api;
  final String admin;
  final ApiFixtures fixtures;
  final Scope orgA;
  final Scope f1;
  final Scope f1Program;
  final Scope f2;
  final Scope orgB;
  private final Map<Who, UUID> users = new EnumMap<>(Who.class);
  private final UUID superAdmin;
  private UUID readTarget;
  private String onboardingRequest;
  private String sweepStatus;

  MatrixWorld(ApiClient api, String admin) {
    this.api = api;
    this.admin = admin;
    this.fixtures = new ApiFixtures(api, admin);
    orgA = fixtures.organization("Matrix A");
    f1 = fixtures.unit(orgA, "facility", "F1");
    f1Program = unit(f1, "program", "F1 program");
    f2 = fixtures.unit(orgA, "facility", "F2");
    orgB = fixtures.organization("Matrix B");
    superAdmin = fixtures.user("super");
    assign(superAdmin, "super_admin", null, null);
    for (var who : Who.values()) {
      if (who.role() == null) {
        continue;
      }
      if (who == Who.SUPER_ADMIN) {
        users.put(who, superAdmin);
        continue;
      }
      var user = fixtures.user(who.name().toLowerCase());
      var place = place(who.heldAt());
      var org = who.heldAt() == Place.ORG_B ? orgB : orgA;
      assign(user, who.role(), org.id(), place.path());
      users.put(who, user);
    }
  }

  /** The bearer token of a caller (null: none). */
  String token(Who who) {
    return switch (who) {
      case NO_TOKEN -> null;
      case EXPIRED -> ApiTokens.expired(superAdmin);
      case WRONG_SIGNATURE -> ApiTokens.wrongSecret(superAdmin);
      case ALG_NONE -> ApiTokens.unsigned(superAdmin);
      case UNKNOWN_USER -> ApiTokens.valid(UUID.randomUUID());
      default -> ApiTokens.valid(users.get(who));
    };
  }

  UUID user(Who who) {
    return users.get(who);
  }

  Scope place(Place place) {
    return switch (place) {
      case ORG_A -> orgA;
      case F1 -> f1;
      case F2 -> f2;
      case ORG_B -> orgB;
      default -> throw new IllegalArgumentException(place.name());
    };
  }

  // ---- fresh targets, made by the development super_admin ----

  UUID freshUser() {
    return fixtures.user("target");
  }

  UUID userWithRole(String role, Scope scope) {
    var user = freshUser();
    assign(user, role, orgA.id(), scope.path());
    return user;
  }

  void assign(UUID user, String role, UUID org, String scopePath) {
    var body = new LinkedHashMap<String, Object>();
    body.put("role_name", role);
    body.put("org_id", org);
    body.put("scope_path", scopePath);
    expect(api.post("/api/v1/users/" + user + "/roles", admin).json(body).send(), 201);
  }

  UUID assignUnit(UUID user, Scope unit) {
    return expect(
            api.post("/api/v1/users/" + user + "/org-units", admin)
                .json(Map.of("organization_unit_id", unit.id()))
                .send(),
            201)
        .uuid("assignment_id");
  }

  void changeUnitAssignment(UUID user, UUID assignment, String change) {
    expect(
        api.post("/api/v1/users/" + user + "/org-units/" + assignment + "/" + change, admin).send(),
        200);
  }

  UUID assignClient(UUID user) {
    var client = UUID.randomUUID();
    expect(
        api.post("/api/v1/users/" + user + "/clients", admin)
            .json(Map.of("client_id", client, "organization_id", orgA.id()))
            .send(),
        201);
    return client;
  }

  UUID template(boolean active) {
    var template =
        expect(
                api.post("/api/v1/organizations/" + orgA.id() + "/schedule-templates", admin)
                    .json(
                        Map.of(
                            "schedule_name",
                            "Matrix " + ApiFixtures.shortId(),
                            "org_unit_id",
                            f1.id(),
                            "schedule",
                            ApiFixtures.weekdays()))
                    .send(),
                201)
            .uuid("template_id");
    if (!active) {
      expect(api.post("/api/v1/schedule-templates/" + template + "/deactivate", admin).send(), 200);
    }
    return template;
  }

  void assignToTemplate(UUID template, UUID user) {
    expect(
        api.post("/api/v1/schedule-templates/" + template + "/users", admin)
            .json(Map.of("user_id", user))
            .send(),
        201);
  }

  UUID userSchedule(UUID user) {
    return expect(
            api.post("/api/v1/users/" + user + "/schedules", admin)
                .json(
                    Map.of(
                        "organization_id",
                        orgA.id(),
                        "org_unit_id",
                        f1.id(),
                        "schedule",
                        ApiFixtures.weekdays()))
                .send(),
            201)
        .uuid("schedule_id");
  }

  /** The user whose access the read routes ask for: a clinician of A, never the reader. */
  UUID readTarget() {
    if (readTarget == null) {
      readTarget = userWithRole("clinician", orgA);
    }
    return readTarget;
  }

  /** The request id of a finished onboarding of organization A. */
  String onboardingRequest() {
    if (onboardingRequest == null) {
      onboardingRequest = onboarding();
    }
    return onboardingRequest;
  }

  /** The status route of a finished sweep. */
  String sweepStatus() {
    if (sweepStatus == null) {
      sweepStatus = sweep();
    }
    return sweepStatus;
  }

  private String onboarding() {
    var request = "matrix-" + ApiFixtures.shortId();
    var accepted =
        expect(
            api.post("/api/v1/organizations/" + orgA.id() + "/onboardings", admin)
                .json(Map.of("request_id", request, "staff", List.of(member())))
                .send(),
            202);
    finish(accepted);
    return request;
  }

  private String sweep() {
    var started =
        expect(
            api.post("/api/v1/sweeps/role-expiry", admin)
                .json(Map.of("as_of", "2000-01-01T00:00:00Z"))
                .send(),
            202);
    finish(started);
    return started.text("status_url");
  }

  /** Waits until the workflow an accepted request started has finished. */
  void finish(ApiResponse accepted) {
    var status = ApiPolling.untilFinished(api, accepted.text("status_url"), admin);
    assertThat(status.text("status")).as(status.toString()).isEqualTo("COMPLETED");
  }

  static Map<String, Object> member() {
    return Map.of(
        "email",
        "onboarded-" + ApiFixtures.shortId() + "@roster.test",
        "first_name",
        "Onboarded",
        "last_name",
        "Member");
  }

  private Scope unit(Scope parent, String kind, String name) {
    var response =
        expect(
            api.post("/api/v1/organizations/" + orgA.id() + "/units", admin)
                .json(Map.of("name", name, "kind", kind, "parent_unit_id", parent.id()))
                .send(),
            201);
    return new Scope(response.uuid("unit_id"), response.text("path"));
  }

  private static ApiResponse expect(ApiResponse response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response;
  }
}
