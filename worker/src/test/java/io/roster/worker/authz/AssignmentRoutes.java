package io.roster.worker.authz;

import static io.roster.worker.authz.Catalogue.CLIENT_ASSIGN;
import static io.roster.worker.authz.Catalogue.ORG_UNIT_ASSIGN;
import static io.roster.worker.authz.Catalogue.SCHEDULE_MANAGE;
import static io.roster.worker.authz.MatrixRoute.route;
import static io.roster.worker.authz.Needs.needs;
import static io.roster.worker.authz.Place.F1;
import static io.roster.worker.authz.Place.ORG_A;

import io.roster.worker.api.ApiFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The routes of caseloads, unit assignments and schedules, each with its documented rule:
 * user.client_assign at the organization; user.org_unit_assign at the unit (F1 here);
 * user.schedule_manage at the template's or schedule's unit (F1 here), else its organization.
 */
final class AssignmentRoutes {

  private AssignmentRoutes() {}

  static List<MatrixRoute> all() {
    return List.of(
        route(
            "POST /users/{user}/clients",
            needs(CLIENT_ASSIGN, ORG_A),
            201,
            w -> {
              var user = w.freshUser();
              return token ->
                  w.api
                      .post("/api/v1/users/" + user + "/clients", token)
                      .json(Map.of("client_id", UUID.randomUUID(), "organization_id", w.orgA.id()));
            }),
        route(
            "DELETE /users/{user}/clients/{client}",
            needs(CLIENT_ASSIGN, ORG_A),
            204,
            w -> {
              var user = w.freshUser();
              var client = w.assignClient(user);
              return token ->
                  w.api.call(
                      "DELETE",
                      "/api/v1/users/"
                          + user
                          + "/clients/"
                          + client
                          + "?organization_id="
                          + w.orgA.id(),
                      token);
            }),
        route(
            "POST /users/{user}/org-units",
            needs(ORG_UNIT_ASSIGN, F1),
            201,
            w -> {
              var user = w.freshUser();
              return token ->
                  w.api
                      .post("/api/v1/users/" + user + "/org-units", token)
                      .json(Map.of("organization_unit_id", w.f1.id()));
            }),
        unitChange("deactivate", false),
        unitChange("reactivate", true),
        route(
            "POST /users/{user}/org-units/{assignment}/primary",
            needs(ORG_UNIT_ASSIGN, F1),
            200,
            w -> {
              var user = w.freshUser();
              w.assignUnit(user, w.f1Program);
              var assignment = w.assignUnit(user, w.f1);
              return token ->
                  w.api.post(
                      "/api/v1/users/" + user + "/org-units/" + assignment + "/primary", token);
            }),
        route(
            "POST /organizations/{org}/schedule-templates",
            needs(SCHEDULE_MANAGE, F1),
            201,
            w ->
                token ->
                    w.api
                        .post("/api/v1/organizations/" + w.orgA.id() + "/schedule-templates", token)
                        .json(template(w))),
        route(
            "PATCH /schedule-templates/{template}",
            needs(SCHEDULE_MANAGE, F1),
            200,
            w -> {
              var template = w.template(true);
              return token ->
                  w.api
                      .call("PATCH", "/api/v1/schedule-templates/" + template, token)
                      .json(template(w));
            }),
        templateChange("deactivate", true),
        templateChange("reactivate", false),
        route(
            "DELETE /schedule-templates/{template}",
            needs(SCHEDULE_MANAGE, F1),
            204,
            w -> {
              var template = w.template(false);
              return token -> w.api.call("DELETE", "/api/v1/schedule-templates/" + template, token);
            }),
        route(
            "POST /schedule-templates/{template}/users",
            needs(SCHEDULE_MANAGE, F1),
            201,
            w -> {
              var template = w.template(true);
              var user = w.freshUser();
              return token ->
                  w.api
                      .post("/api/v1/schedule-templates/" + template + "/users", token)
                      .json(Map.of("user_id", user));
            }),
        route(
            "DELETE /schedule-templates/{template}/users/{user}",
            needs(SCHEDULE_MANAGE, F1),
            204,
            w -> {
              var template = w.template(true);
              var user = w.freshUser();
              w.assignToTemplate(template, user);
              return token ->
                  w.api.call(
                      "DELETE", "/api/v1/schedule-templates/" + template + "/users/" + user, token);
            }),
        route(
            "POST /users/{user}/schedules",
            needs(SCHEDULE_MANAGE, F1),
            201,
            w -> {
              var user = w.freshUser();
              return token ->
                  w.api
                      .post("/api/v1/users/" + user + "/schedules", token)
                      .json(
                          Map.of(
                              "organization_id",
                              w.orgA.id(),
                              "org_unit_id",
                              w.f1.id(),
                              "schedule",
                              ApiFixtures.weekdays()));
            }),
        route(
            "PATCH /user-schedules/{schedule}",
            needs(SCHEDULE_MANAGE, F1),
            200,
            w -> {
              var schedule = w.userSchedule(w.freshUser());
              return token ->
                  w.api
                      .call("PATCH", "/api/v1/user-schedules/" + schedule, token)
                      .json(
                          Map.of(
                              "org_unit_id",
                              w.f1.id(),
                              "schedule",
                              ApiFixtures.weekdays(),
                              "effective_from",
                              "2025-01-01"));
            }),
        route(
            "POST /user-schedules/{schedule}/deactivate",
            needs(SCHEDULE_MANAGE, F1),
            200,
            w -> {
              var schedule = w.userSchedule(w.freshUser());
              return token ->
                  w.api.post("/api/v1/user-schedules/" + schedule + "/deactivate", token);
            }));
  }

  /** Deactivating an active assignment, or reactivating an inactive one, of unit F1. */
  private static MatrixRoute unitChange(String change, boolean deactivatedFirst) {
    return route(
        "POST /users/{user}/org-units/{assignment}/" + change,
        needs(ORG_UNIT_ASSIGN, F1),
        200,
        w -> {
          var user = w.freshUser();
          var assignment = w.assignUnit(user, w.f1);
          if (deactivatedFirst) {
            w.changeUnitAssignment(user, assignment, "deactivate");
          }
          return token ->
              w.api.post(
                  "/api/v1/users/" + user + "/org-units/" + assignment + "/" + change, token);
        });
  }

  /** Deactivating an active template, or reactivating an inactive one, at F1. */
  private static MatrixRoute templateChange(String change, boolean active) {
    return route(
        "POST /schedule-templates/{template}/" + change,
        needs(SCHEDULE_MANAGE, F1),
        200,
        w -> {
          var template = w.template(active);
          return token ->
              w.api.post("/api/v1/schedule-templates/" + template + "/" + change, token);
        });
  }

  private static Map<String, Object> template(MatrixWorld w) {
    return Map.of(
        "schedule_name",
        "Matrix " + ApiFixtures.shortId(),
        "org_unit_id",
        w.f1.id(),
        "schedule",
        ApiFixtures.weekdays());
  }
}
