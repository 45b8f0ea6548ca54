package io.roster.worker.hostile;

import static io.roster.worker.hostile.HostileValue.of;
import static io.roster.worker.hostile.JsonRoute.body;

import io.roster.worker.api.ApiFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every JSON route that writes, with a valid body and the hostile values of each of its fields. */
final class JsonRoutes {

  private JsonRoutes() {}

  static List<JsonRoute> all(HostileWorld w) {
    var org = "/api/v1/organizations/" + w.org().id();
    var user = "/api/v1/users/" + w.user();
    var template = "/api/v1/schedule-templates/" + w.template();
    var assignment = user + "/org-units/" + w.unitAssignment();
    var routes = new ArrayList<JsonRoute>();
    routes.add(
        JsonRoute.of(
                "create organization",
                "POST",
                "/api/v1/organizations",
                body("name", "Hostile Org", "slug", "hostile-base", "timezone", "UTC"))
            .field("name", HostileValues.requiredText(200))
            .field("slug", HostileValues.token(64))
            .field("slug", of("upper case", "Hostile"), of("space", "has space"), of("dot", "a.b"))
            .field("timezone", optional(HostileValues.token(64)))
            .field("timezone", of("unknown zone", "Mars/Olympus"), of("offset", "+25:00"))
            .field("parent_organization_id", references(HostileValues.uuid())));
    routes.add(
        JsonRoute.of("update settings", "PATCH", org + "/settings", body("timezone", "UTC"))
            .field("enable_staff_client_mapping", HostileValues.bool())
            .field("timezone", optional(HostileValues.token(64)))
            .field("max_active_unit_assignments", HostileValues.integer())
            .field("max_active_unit_assignments", of("zero", 0), of("101", 101), of("minus", -1))
            .field(
                "notice_days",
                of("zero", List.of(0)),
                of("366", List.of(366)),
                of("negative", List.of(-1)),
                of("twice", List.of(7, 7)),
                HostileValue.at("fraction item", List.of(7.5), "[0]"),
                of("text", "14"),
                of("object", java.util.Map.of()),
                HostileValue.at("object item", List.of(java.util.Map.of()), "[0]"),
                HostileValue.at("text item", List.of(14, "x"), "[1]")));
    routes.add(
        JsonRoute.of(
                "create unit", "POST", org + "/units", body("name", "Unit", "kind", "facility"))
            .field("name", HostileValues.requiredText(200))
            .field("kind", HostileValues.token(40))
            .field("kind", of("upper", "Facility"), of("dash", "a-b"), of("digit first", "1abc"))
            .field("parent_unit_id", references(HostileValues.uuid()))
            .field("parent_unit_id", of("other organization", w.otherUnit().id()).or(409)));
    routes.add(
        JsonRoute.of(
                "create user",
                "POST",
                "/api/v1/users",
                body("email", "base@roster.test", "first_name", "Ada", "last_name", "Hostile"))
            .field("email", HostileValues.token(254))
            .field("email", of("no at", "not an email"), of("no domain dot", "a@b"))
            .field("email", of("unicode domain", "u@ex\u00e4mple.org"))
            .field("first_name", HostileValues.requiredText(200))
            .field("last_name", HostileValues.requiredText(200)));
    routes.add(
        JsonRoute.of(
                "set org access",
                "PUT",
                user + "/org-access/" + w.org().id(),
                body("access_start_date", "2025-01-01", "access_expiration_date", "2025-12-31"))
            .field("access_start_date", HostileValues.date())
            .field("access_expiration_date", HostileValues.date()));
    routes.add(
        JsonRoute.of(
                "assign role",
                "POST",
                user + "/roles",
                body(
                    "role_name",
                    "clinician",
                    "org_id",
                    w.org().id(),
                    "scope_path",
                    w.org().path(),
                    "role_valid_from",
                    "2025-01-01",
                    "role_valid_until",
                    "2025-12-31"))
            .field("role_name", lookups(HostileValues.token(100)))
            .field("org_id", references(HostileValues.uuid()))
            .field("scope_path", scopePaths(w))
            .field("role_valid_from", HostileValues.date())
            .field("role_valid_until", HostileValues.date()));
    routes.add(
        JsonRoute.of(
                "change role window",
                "PATCH",
                user + "/roles/clinician?org_id=" + w.org().id(),
                body("role_valid_from", "2025-01-01", "role_valid_until", "2025-12-31"))
            .field("role_valid_from", HostileValues.date())
            .field("role_valid_until", HostileValues.date()));
    routes.add(
        JsonRoute.of(
                "assign client",
                "POST",
                user + "/clients",
                body(
                    "client_id",
                    UUID.randomUUID(),
                    "organization_id",
                    w.org().id(),
                    "assigned_until",
                    "2030-01-01T00:00:00Z",
                    "notes",
                    "note"))
            .field("client_id", HostileValues.uuid())
            .field("organization_id", references(HostileValues.uuid()))
            .field("assigned_until", HostileValues.instant())
            .field("notes", HostileValues.optionalText(1000)));
    routes.add(
        JsonRoute.of(
                "assign unit",
                "POST",
                user + "/org-units",
                body("organization_unit_id", w.unit().id(), "is_primary", false, "notes", "note"))
            .field("organization_unit_id", HostileValues.uuid())
            // the command's documented code: 400 organization_unit_id_must_exist
            .field("organization_unit_id", of("unknown id", UUID.randomUUID()))
            .field("is_primary", HostileValues.bool())
            .field("notes", HostileValues.optionalText(1000)));
    for (var change : List.of("deactivate", "reactivate", "primary")) {
      routes.add(
          JsonRoute.of(change + " unit assignment", "POST", assignment + "/" + change, body())
              .bodyOptional()
              .field("reason", HostileValues.optionalText(1000)));
    }
    routes.add(
        templateRoute("create template", "POST", org + "/schedule-templates", w)
            .field("schedule_name", HostileValues.requiredText(200)));
    routes.add(
        templateRoute("update template", "PATCH", template, w)
            .field("schedule_name", HostileValues.requiredText(200)));
    routes.add(
        JsonRoute.of(
                "assign template user",
                "POST",
                template + "/users",
                body(
                    "user_id",
                    w.user(),
                    "effective_from",
                    "2025-01-01",
                    "effective_until",
                    "2025-12-31"))
            .field("user_id", references(HostileValues.uuid()))
            .field("effective_from", HostileValues.date())
            .field("effective_until", HostileValues.date()));
    routes.add(
        JsonRoute.of(
                "create user schedule",
                "POST",
                user + "/schedules",
                body(
                    "organization_id",
                    w.org().id(),
                    "schedule",
                    ApiFixtures.weekdays(),
                    "effective_from",
                    "2025-01-01",
                    "effective_until",
                    "2025-12-31"))
            .field("organization_id", references(HostileValues.uuid()))
            .field("org_unit_id", references(HostileValues.uuid()))
            .field("schedule", HostileValues.schedule())
            .field("effective_from", HostileValues.date())
            .field("effective_until", HostileValues.date()));
    routes.add(
        JsonRoute.of(
                "update user schedule",
                "PATCH",
                "/api/v1/user-schedules/" + w.userSchedule(),
                body(
                    "schedule",
                    ApiFixtures.weekdays(),
                    "effective_from",
                    "2025-01-01",
                    "effective_until",
                    "2025-12-31"))
            .field("organization_id", of("given at all", w.org().id()))
            .field("org_unit_id", references(HostileValues.uuid()))
            .field("schedule", HostileValues.schedule())
            .field("effective_from", HostileValues.date())
            .field("effective_until", HostileValues.date()));
    for (var sweep : List.of("role-expiry", "pending-activation")) {
      routes.add(
          JsonRoute.of(sweep + " sweep", "POST", "/api/v1/sweeps/" + sweep, body())
              .bodyOptional()
              .field("as_of", HostileValues.instant()));
    }
    return routes;
  }

  /** The window pairs of the routes: from after until is refused naming until. */
  static List<String[]> windows() {
    return List.of(
        new String[] {"set org access", "access_start_date", "access_expiration_date"},
        new String[] {"assign role", "role_valid_from", "role_valid_until"},
        new String[] {"change role window", "role_valid_from", "role_valid_until"},
        new String[] {"assign template user", "effective_from", "effective_until"},
        new String[] {"create user schedule", "effective_from", "effective_until"},
        new String[] {"update user schedule", "effective_from", "effective_until"});
  }

  private static JsonRoute templateRoute(String name, String method, String path, HostileWorld w) {
    return JsonRoute.of(
            name,
            method,
            path,
            body("schedule_name", "Hostile", "schedule", ApiFixtures.weekdays()))
        .field("org_unit_id", references(HostileValues.uuid()))
        .field("org_unit_id", of("other organization", w.otherUnit().id()).or(404, 409))
        .field("schedule", HostileValues.schedule());
  }

  private static List<HostileValue> scopePaths(HostileWorld w) {
    var values = new ArrayList<>(HostileValues.wrongTypes());
    for (var path :
        List.of(
            "a..b",
            "-x",
            "A;DROP TABLE x",
            "roster.",
            ".roster",
            "roster org",
            "",
            HostileValues.SQL,
            HostileValues.RTL,
            HostileValues.EMOJI)) {
      values.add(of(path, path));
    }
    values.add(of("other organization", w.otherOrg().path()).or(403, 404, 409));
    values.add(of("unit of other organization", w.otherUnit().path()).or(403, 404, 409));
    values.add(of("unknown label", w.org().path() + ".nowhere_0").or(404, 409));
    return values;
  }

  /** An unknown but well-formed id, answered 404 naming the field. */
  private static List<HostileValue> references(List<HostileValue> values) {
    var all = new ArrayList<>(values);
    all.add(of("unknown id", UUID.randomUUID()).only(404));
    return all;
  }

  /** Names looked up: an unknown one may be 404 (or 400). */
  private static List<HostileValue> lookups(List<HostileValue> values) {
    return values.stream().map(v -> v.or(404)).toList();
  }

  /** Leaves out the null value: the field is optional. */
  private static List<HostileValue> optional(List<HostileValue> values) {
    return values.stream().filter(v -> v.value() != null).toList();
  }
}
