package io.roster.worker.authz;

import static io.roster.worker.authz.Catalogue.ORGANIZATION_MANAGE;
import static io.roster.worker.authz.Catalogue.ROLE_ASSIGN;
import static io.roster.worker.authz.Catalogue.ROLE_REVOKE;
import static io.roster.worker.authz.MatrixRoute.route;
import static io.roster.worker.authz.Needs.needs;
import static io.roster.worker.authz.Place.ANYWHERE;
import static io.roster.worker.authz.Place.F1;
import static io.roster.worker.authz.Place.ORG_A;
import static io.roster.worker.authz.Place.ROOT;

import io.roster.worker.api.ApiFixtures;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of organizations, users, roles, onboardings, sweeps and access reads, each with its
 * documented rule (README "Routes" and the commands' Javadoc): organization.manage at the parent
 * (the root for a top-level organization); user.role_assign somewhere to create a user, at the
 * organization for access windows, onboardings and reading another user's access, at the role's
 * scope to grant or re-window it; user.role_revoke there to revoke; sweeps are the root's.
 */
final class AccountRoutes {

  private AccountRoutes() {}

  static List<MatrixRoute> all() {
    return List.of(
        route(
            "POST /organizations",
            needs(ORGANIZATION_MANAGE, ROOT),
            201,
            w ->
                token ->
                    w.api
                        .post("/api/v1/organizations", token)
                        .json(
                            Map.of(
                                "name", "Matrix org",
                                "slug", "matrix-" + ApiFixtures.shortId(),
                                "timezone", "UTC"))),
        route(
            "PATCH /organizations/{org}/settings",
            needs(ORGANIZATION_MANAGE, ORG_A),
            200,
            w ->
                token ->
                    w.api
                        .call("PATCH", "/api/v1/organizations/" + w.orgA.id() + "/settings", token)
                        .json(Map.of("notice_days", List.of(30, 7, 1)))),
        route(
            "POST /organizations/{org}/units",
            needs(ORGANIZATION_MANAGE, ORG_A),
            201,
            w ->
                token ->
                    w.api
                        .post("/api/v1/organizations/" + w.orgA.id() + "/units", token)
                        .json(Map.of("name", "Unit " + ApiFixtures.shortId(), "kind", "team"))),
        route(
            "POST /users",
            needs(ROLE_ASSIGN, ANYWHERE),
            201,
            w ->
                token ->
                    w.api
                        .post("/api/v1/users", token)
                        .json(
                            Map.of(
                                "email", "new-" + ApiFixtures.shortId() + "@roster.test",
                                "first_name", "New",
                                "last_name", "User"))),
        route(
            "PUT /users/{user}/org-access/{org}",
            needs(ROLE_ASSIGN, ORG_A),
            200,
            w -> {
              var user = w.freshUser();
              return token ->
                  w.api
                      .call("PUT", "/api/v1/users/" + user + "/org-access/" + w.orgA.id(), token)
                      .json(Map.of("access_start_date", "2025-01-01"));
            }),
        route(
            "POST /users/{user}/roles",
            needs(ROLE_ASSIGN, F1),
            201,
            w -> {
              var user = w.freshUser();
              return token ->
                  w.api
                      .post("/api/v1/users/" + user + "/roles", token)
                      .json(
                          Map.of(
                              "role_name", "clinician",
                              "org_id", w.orgA.id(),
                              "scope_path", w.f1.path()));
            }),
        route(
            "PATCH /users/{user}/roles/{role}",
            needs(ROLE_ASSIGN, F1),
            200,
            w -> {
              var user = w.userWithRole("clinician", w.f1);
              var window = new HashMap<String, Object>();
              window.put("role_valid_from", "2025-01-01");
              window.put("role_valid_until", null);
              return token ->
                  w.api
                      .call(
                          "PATCH",
                          "/api/v1/users/" + user + "/roles/clinician?org_id=" + w.orgA.id(),
                          token)
                      .json(window);
            }),
        route(
            "DELETE /users/{user}/roles/{role}",
            needs(ROLE_REVOKE, F1),
            204,
            w -> {
              var user = w.userWithRole("clinician", w.f1);
              return token ->
                  w.api.call(
                      "DELETE",
                      "/api/v1/users/" + user + "/roles/clinician?org_id=" + w.orgA.id(),
                      token);
            }),
        route(
            "POST /organizations/{org}/onboardings (JSON)",
            needs(ROLE_ASSIGN, ORG_A),
            202,
            w ->
                token ->
                    w.api
                        .post("/api/v1/organizations/" + w.orgA.id() + "/onboardings", token)
                        .json(
                            Map.of(
                                "request_id",
                                "matrix-" + ApiFixtures.shortId(),
                                "staff",
                                List.of(MatrixWorld.member())))),
        route(
            "POST /organizations/{org}/onboardings (CSV)",
            needs(ROLE_ASSIGN, ORG_A),
            202,
            w ->
                token ->
                    w.api
                        .post(
                            "/api/v1/organizations/"
                                + w.orgA.id()
                                + "/onboardings?request_id=matrix-"
                                + ApiFixtures.shortId(),
                            token)
                        .body(
                            "text/csv",
                            ("email,first_name,last_name\ncsv-"
                                    + ApiFixtures.shortId()
                                    + "@roster.test,Csv,Member\n")
                                .getBytes(StandardCharsets.UTF_8))),
        route(
            "GET /organizations/{org}/onboardings/{request}",
            needs(ROLE_ASSIGN, ORG_A),
            200,
            w -> {
              var request = w.onboardingRequest();
              return token ->
                  w.api.get(
                      "/api/v1/organizations/" + w.orgA.id() + "/onboardings/" + request, token);
            }),
        route(
            "POST /sweeps/role-expiry",
            needs(ORGANIZATION_MANAGE, ROOT),
            202,
            w ->
                token ->
                    w.api
                        .post("/api/v1/sweeps/role-expiry", token)
                        .json(Map.of("as_of", "2000-01-01T00:00:00Z"))),
        route(
            "POST /sweeps/pending-activation",
            needs(ORGANIZATION_MANAGE, ROOT),
            202,
            w ->
                token ->
                    w.api
                        .post("/api/v1/sweeps/pending-activation", token)
                        .json(Map.of("as_of", "2000-01-01T00:00:00Z"))),
        route(
            "GET /sweeps/{workflow id}",
            needs(ORGANIZATION_MANAGE, ROOT),
            200,
            w -> {
              var status = w.sweepStatus();
              return token -> w.api.get(status, token);
            }),
        route(
            "GET /users/{user}/active-roles?org_id=",
            needs(ROLE_ASSIGN, ORG_A),
            200,
            w -> {
              var path = access(w, "active-roles") + "?org_id=" + w.orgA.id();
              return token -> w.api.get(path, token);
            }),
        // Without org_id another user's access is a super_admin's to read: a global role, the
        // only kind that reaches the root.
        route(
            "GET /users/{user}/active-roles (no org_id)",
            needs(ROLE_ASSIGN, ROOT),
            200,
            w -> {
              var path = access(w, "active-roles");
              return token -> w.api.get(path, token);
            }),
        route(
            "GET /users/{user}/claims?org_id=",
            needs(ROLE_ASSIGN, ORG_A),
            200,
            w -> {
              var path = access(w, "claims") + "?org_id=" + w.orgA.id();
              return token -> w.api.get(path, token);
            }),
        route(
            "GET /users/{user}/claims (no org_id)",
            needs(ROLE_ASSIGN, ROOT),
            200,
            w -> {
              var path = access(w, "claims");
              return token -> w.api.get(path, token);
            }));
  }

  /** Another user's access route: the reader is never the user read. */
  private static String access(MatrixWorld w, String what) {
    return "/api/v1/users/" + w.readTarget() + "/" + what;
  }
}
