package io.roster.worker.hostile;

import io.roster.worker.api.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generated corpus: each field of each JSON route with each of its hostile values, inverted
 * windows, malformed bodies of every route, hostile ids and query parameters, onboarding members
 * and CSVs.
 */
final class HostileCorpus {

  /** Values of the valid bodies that must be unique per request. */
  private static final Map<String, String> UNIQUE =
      Map.of("slug", "hostile-base", "email", "base@roster.test", "request_id", "hostile-base");

  private HostileCorpus() {}

  static List<HostileCase> cases(HostileWorld w) {
    var routes = new ArrayList<>(JsonRoutes.all(w));
    routes.add(OnboardingCases.route(w));
    var cases = new ArrayList<HostileCase>();
    for (var route : routes) {
      for (var field : route.fields().entrySet()) {
        for (var value : field.getValue()) {
          var body =
              unique(route.with(field.getKey(), value.value()), field.getKey(), cases.size());
          cases.add(
              HostileCase.json(
                      route.name() + ": " + field.getKey() + " " + value.label(),
                      route.method(),
                      route.path(),
                      ApiClient.json(body),
                      field.getKey() + value.fieldSuffix())
                  .status(value.statuses().toArray(Integer[]::new)));
        }
      }
      for (var window : JsonRoutes.windows()) {
        if (window[0].equals(route.name())) {
          var body = route.with(window[1], "2025-12-31");
          body.put(window[2], "2025-01-01");
          cases.add(
              HostileCase.json(
                  route.name() + ": inverted window",
                  route.method(),
                  route.path(),
                  ApiClient.json(body),
                  window[2]));
        }
      }
      cases.addAll(MalformedJson.of(route));
    }
    cases.addAll(OnboardingCases.members(w));
    cases.addAll(CsvCases.all(w));
    cases.addAll(PathCases.all(w));
    cases.addAll(PathCases.unknownIds(w));
    return cases;
  }

  private static Map<String, Object> unique(Map<String, Object> body, String hostile, int n) {
    for (var entry : UNIQUE.entrySet()) {
      if (!entry.getKey().equals(hostile) && entry.getValue().equals(body.get(entry.getKey()))) {
        body.put(
            entry.getKey(),
            entry.getKey().equals("email") ? "base-" + n + "@roster.test" : "hostile-" + n);
      }
    }
    return body;
  }
}
