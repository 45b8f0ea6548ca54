package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds what a test needs through the API itself, as the given (permitted) actor. */
public final class ApiFixtures {

  /** An organization or unit: its id and scope path. */
  public record Scope(UUID id, String path) {}

  private final ApiClient api;
  private final String token;

  public ApiFixtures(ApiClient api, String token) {
    this.api = api;
    this.token = token;
  }

  public Scope organization(String name) {
    var response =
        api.post("/api/v1/organizations", token)
            .json(Map.of("name", name, "slug", "org-" + shortId(), "timezone", "UTC"))
            .send();
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return new Scope(response.uuid("organization_id"), response.text("path"));
  }

  public Scope unit(Scope org, String kind, String name) {
    var response =
        api.post("/api/v1/organizations/" + org.id() + "/units", token)
            .json(Map.of("name", name, "kind", kind))
            .send();
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return new Scope(response.uuid("unit_id"), response.text("path"));
  }

  public UUID user(String name) {
    var response =
        api.post("/api/v1/users", token)
            .json(
                Map.of(
                    "email",
                    name + "-" + shortId() + "@roster.test",
                    "first_name",
                    name,
                    "last_name",
                    "Tester"))
            .send();
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.uuid("user_id");
  }

  public void role(UUID user, String role, Scope org) {
    var body = new LinkedHashMap<String, Object>();
    body.put("role_name", role);
    body.put("org_id", org.id());
    var response = api.post("/api/v1/users/" + user + "/roles", token).json(body).send();
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  public UUID template(Scope org, String name) {
    var response =
        api.post("/api/v1/organizations/" + org.id() + "/schedule-templates", token)
            .json(Map.of("schedule_name", name, "schedule", weekdays()))
            .send();
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.uuid("template_id");
  }

  public static Map<String, Object> weekdays() {
    var schedule = new LinkedHashMap<String, Object>();
    for (var day : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday"}) {
      schedule.put(day, Map.of("begin", "0900", "end", "1700"));
    }
    return schedule;
  }

  public static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
