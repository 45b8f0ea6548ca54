package io.roster.worker.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hostile ids in the path and hostile query parameters: not a UUID (400 naming the parameter), an
 * unknown id (404 naming it), reasons with control characters or past 1000 characters.
 */
final class PathCases {

  /** A path with {@code {}} where the hostile id goes, and the parameter's name. */
  private record Target(String method, String path, String body, String parameter) {}

  private static final List<String> BAD_IDS =
      List.of(
          "not-a-uuid", "1'%20OR%20'1'='1", "00000000-0000-0000-0000-00000000000g", "%F0%9F%98%80");

  private PathCases() {}

  static List<HostileCase> all(HostileWorld w) {
    var user = "/api/v1/users/" + w.user();
    var template = "/api/v1/schedule-templates/" + w.template();
    var targets =
        List.of(
            new Target(
                "POST",
                "/api/v1/organizations/{}/units",
                "{\"name\":\"U\",\"kind\":\"ward\"}",
                "org"),
            new Target("PATCH", "/api/v1/organizations/{}/settings", "{}", "org"),
            new Target("PUT", "/api/v1/users/{}/org-access/" + w.org().id(), "{}", "user"),
            new Target("PUT", user + "/org-access/{}", "{}", "org"),
            new Target("POST", "/api/v1/users/{}/roles", "{\"role_name\":\"clinician\"}", "user"),
            new Target("POST", "/api/v1/users/{}/clients", "{}", "user"),
            new Target("POST", "/api/v1/users/{}/org-units", "{}", "user"),
            new Target("POST", user + "/org-units/{}/deactivate", null, "assignment"),
            new Target("POST", user + "/org-units/{}/primary", null, "assignment"),
            new Target("POST", "/api/v1/schedule-templates/{}/deactivate", null, "template"),
            new Target("POST", "/api/v1/schedule-templates/{}/reactivate", null, "template"),
            new Target("DELETE", "/api/v1/schedule-templates/{}", null, "template"),
            new Target("POST", "/api/v1/schedule-templates/{}/users", "{}", "template"),
            new Target("DELETE", template + "/users/{}", null, "user"),
            new Target("POST", "/api/v1/users/{}/schedules", "{}", "user"),
            new Target("PATCH", "/api/v1/user-schedules/{}", "{}", "schedule"),
            new Target("POST", "/api/v1/user-schedules/{}/deactivate", null, "schedule"),
            new Target(
                "DELETE", user + "/clients/{}?organization_id=" + w.org().id(), null, "client"),
            new Target("POST", "/api/v1/organizations/{}/onboardings", "{}", "org"));
    var cases = new ArrayList<HostileCase>();
    for (var target : targets) {
      for (var bad : BAD_IDS) {
        cases.add(target(target, bad, target.parameter()));
      }
    }
    cases.addAll(queries(w));
    return cases;
  }

  /** Well-formed ids that name nothing: 404 naming the id. */
  static List<HostileCase> unknownIds(HostileWorld w) {
    var user = "/api/v1/users/" + w.user();
    var none = UUID.randomUUID();
    return List.of(
        unknown(
            "POST",
            "/api/v1/organizations/" + none + "/units",
            "{\"name\":\"U\",\"kind\":\"ward\"}",
            "organization_id"),
        unknown("PATCH", "/api/v1/organizations/" + none + "/settings", "{}", "organization_id"),
        unknown("PUT", "/api/v1/users/" + none + "/org-access/" + w.org().id(), "{}", "user_id"),
        unknown(
            "POST",
            "/api/v1/users/" + none + "/roles",
            "{\"role_name\":\"clinician\",\"org_id\":\"" + w.org().id() + "\"}",
            "user_id"),
        unknown("POST", user + "/org-units/" + none + "/deactivate", null, "assignment_id"),
        unknown("POST", "/api/v1/schedule-templates/" + none + "/deactivate", null, "template_id"),
        unknown("DELETE", "/api/v1/schedule-templates/" + none, null, "template_id"),
        unknown("POST", "/api/v1/user-schedules/" + none + "/deactivate", null, "schedule_id"),
        unknown("PATCH", user + "/roles/no_such_role?org_id=" + w.org().id(), "{}", "role_name"),
        unknown("PATCH", user + "/roles/" + none + "?org_id=" + w.org().id(), "{}", "role_id"));
  }

  private static List<HostileCase> queries(HostileWorld w) {
    var user = "/api/v1/users/" + w.user();
    var org = "org_id=" + w.org().id();
    var longReason = "x".repeat(1001);
    var cases = new ArrayList<HostileCase>();
    for (var reason : List.of("a%00b", "a%07b", "%1B%5B31m", longReason)) {
      cases.add(query("DELETE", user + "/roles/clinician?" + org + "&reason=" + reason, "reason"));
      cases.add(
          query(
              "DELETE",
              user
                  + "/clients/"
                  + UUID.randomUUID()
                  + "?organization_id="
                  + w.org().id()
                  + "&reason="
                  + reason,
              "reason"));
      cases.add(
          query(
              "DELETE",
              "/api/v1/schedule-templates/"
                  + w.template()
                  + "/users/"
                  + w.user()
                  + "?reason="
                  + reason,
              "reason"));
    }
    cases.add(
        query("DELETE", user + "/roles/clinician?" + org + "&reason=" + "x".repeat(20_000), null)
            .status(400, 414)
            .withField(HostileCase.ANY_FIELD));
    for (var bad : BAD_IDS) {
      cases.add(query("DELETE", user + "/roles/clinician?org_id=" + bad, "org_id"));
      cases.add(
          query(
              "DELETE",
              user + "/clients/" + UUID.randomUUID() + "?organization_id=" + bad,
              "organization_id"));
      cases.add(
          HostileCase.json(
              "org_id " + bad, "PATCH", user + "/roles/clinician?org_id=" + bad, "{}", "org_id"));
    }
    return cases;
  }

  private static HostileCase target(Target target, String bad, String field) {
    var path = target.path().replace("{}", bad);
    return target.body() == null
        ? HostileCase.bytes("bad id " + bad, target.method(), path, null, null, field)
        : HostileCase.json("bad id " + bad, target.method(), path, target.body(), field);
  }

  private static HostileCase unknown(String method, String path, String body, String field) {
    var name = "unknown id";
    return (body == null
            ? HostileCase.bytes(name, method, path, null, null, field)
            : HostileCase.json(name, method, path, body, field))
        .status(404);
  }

  private static HostileCase query(String method, String path, String field) {
    return HostileCase.bytes("query " + field, method, path, null, null, field);
  }
}
