package io.roster.worker.hostile;

import static io.roster.worker.hostile.HostileValue.of;
import static io.roster.worker.hostile.JsonRoute.body;

import io.roster.worker.api.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Onboarding submissions by JSON whose request is refused as a whole before anything is stored: a
 * bad request id, no staff, or a member value of the wrong type named by its path.
 */
final class OnboardingCases {

  private OnboardingCases() {}

  static JsonRoute route(HostileWorld w) {
    return JsonRoute.of(
            "onboard by JSON",
            "POST",
            "/api/v1/organizations/" + w.org().id() + "/onboardings",
            body("request_id", "hostile-base", "staff", List.of(Map.of("email", "m@roster.test"))))
        .field("request_id", HostileValues.token(100))
        .field(
            "request_id", of("space", "has space"), of("slash", "a/b"), of("101", "r".repeat(101)))
        .field(
            "staff",
            of("empty", List.of()),
            of("null", null),
            of("object", Map.of("email", "m@roster.test")),
            of("text", "m@roster.test"),
            HostileValue.at("null member", java.util.Arrays.asList((Object) null), "[0]"));
  }

  /** A member whose {@code field} (a path below {@code staff[0]}) holds {@code value}. */
  static List<HostileCase> members(HostileWorld w) {
    var path = "/api/v1/organizations/" + w.org().id() + "/onboardings";
    var cases = new ArrayList<HostileCase>();
    var members =
        List.of(
            member("email", List.of("a"), "email"),
            member("email", HostileValues.NUL, "email"),
            member("first_name", HostileValues.NUL, "first_name"),
            member("last_name", HostileValues.BELL, "last_name"),
            member("first_name", Map.of(), "first_name"),
            member("user_id", "not-a-uuid", "user_id"),
            member("user_id", HostileValues.SQL, "user_id"),
            member("access_start_date", "2025-13-01", "access_start_date"),
            member("access_expiration_date", "2025-02-30", "access_expiration_date"),
            member("roles", "clinician", "roles"),
            member("roles", List.of("clinician"), "roles[0]"),
            member(
                "roles",
                List.of(Map.of("role_name", "clinician", "role_valid_from", "01/02/2025")),
                "roles[0].role_valid_from"),
            member(
                "roles",
                List.of(Map.of("role_name", "clinician", "scope_path", HostileValues.NUL)),
                "roles[0].scope_path"),
            member(
                "org_units",
                List.of(Map.of("organization_unit_id", HostileValues.SQL)),
                "org_units[0].organization_unit_id"),
            member("org_units", List.of(Map.of("is_primary", "yes")), "org_units[0].is_primary"),
            member("schedule", Map.of("template_id", "x"), "schedule.template_id"),
            member(
                "schedule",
                Map.of("template_id", w.template(), "effective_from", "2025-1-1"),
                "schedule.effective_from"),
            member("client_ids", List.of("not-a-uuid"), "client_ids[0]"),
            member("client_ids", "not-a-list", "client_ids"),
            member("nickname'; DROP TABLE users; --", "x", "nickname'; DROP TABLE users; --"));
    int i = 0;
    for (var member : members) {
      var staff = List.of(Map.of("email", "ok@roster.test"), member.getValue());
      cases.add(
          HostileCase.json(
              "member " + member.getKey(),
              "POST",
              path,
              ApiClient.json(body("request_id", "hostile-member-" + i++, "staff", staff)),
              "staff[1]." + member.getKey()));
    }
    cases.add(
        HostileCase.json(
            "member repeated email",
            "POST",
            path,
            "{\"request_id\": \"hostile-repeated\", \"staff\": [{\"email\": \"a@roster.test\","
                + " \"email\": \"b@roster.test\"}]}",
            "staff[0].email"));
    cases.add(
        HostileCase.json(
            "member null role",
            "POST",
            path,
            "{\"request_id\": \"hostile-null-role\", \"staff\": [{\"email\": \"a@roster.test\","
                + " \"roles\": [null]}]}",
            HostileCase.ANY_FIELD));
    return cases;
  }

  private static Map.Entry<String, Map<String, Object>> member(
      String property, Object value, String field) {
    var member = new java.util.LinkedHashMap<String, Object>();
    member.put("email", "member@roster.test");
    member.put(property, value);
    return Map.entry(field, member);
  }
}
