package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiScheduleRoutesTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;
  private Scope unit;

  @BeforeEach
  void organization() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Schedules Org");
    unit = fixtures.unit(org, "facility", "Facility");
  }

  @Test
  void aTemplateIsCreatedUpdatedAssignedUnassignedDeactivatedReactivatedAndDeleted() {
    var template = fixtures.template(org, "Days");
    var user = fixtures.user("shift");
    var base = "/api/v1/schedule-templates/" + template;

    var updated =
        api.call("PATCH", base, admin())
            .json(
                Map.of(
                    "schedule_name", "Nights",
                    "org_unit_id", unit.id(),
                    "schedule", Map.of("monday", Map.of("begin", "2200", "end", "0600"))))
            .send();
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.text("org_unit_id")).isEqualTo(unit.id().toString());

    var assigned =
        api.post(base + "/users", admin())
            .json(Map.of("user_id", user, "effective_from", "2025-01-01"))
            .send();
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(
            api.call("DELETE", base + "/users/" + user + "?reason=rota", admin()).send().status())
        .isEqualTo(204);

    var deactivated = api.post(base + "/deactivate", admin()).send();
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(deactivated.json().path("active").asBoolean()).isFalse();
    var reactivated = api.post(base + "/reactivate", admin()).send();
    assertThat(reactivated.json().path("active").asBoolean()).isTrue();
    ProblemAssert.assertProblem(
        api.call("DELETE", base, admin()).send(), 409, "template_active", "template_id");
    api.post(base + "/deactivate", admin()).send();

    assertThat(api.call("DELETE", base, admin()).send().status()).isEqualTo(204);
    assertThat(
            queryOne(
                Long.class,
                "SELECT count(*) FROM schedule_templates_projection WHERE id = :id",
                "id",
                template))
        .isZero();
  }

  @Test
  void aUserScheduleIsCreatedUpdatedAndDeactivated() {
    var user = fixtures.user("rota");

    var created =
        api.post("/api/v1/users/" + user + "/schedules", admin())
            .json(
                Map.of(
                    "organization_id", org.id(),
                    "schedule", ApiFixtures.weekdays(),
                    "effective_from", "2025-01-01"))
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    var schedule = created.uuid("schedule_id");

    var updated =
        api.call("PATCH", "/api/v1/user-schedules/" + schedule, admin())
            .json(
                Map.of(
                    "org_unit_id", unit.id(),
                    "schedule", Map.of("saturday", Map.of("begin", "0800", "end", "1200")),
                    "effective_until", "2025-12-31"))
            .send();
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.text("effective_until")).isEqualTo("2025-12-31");
    assertThat(updated.json().path("effective_from").isNull()).isTrue();
    ProblemAssert.assertProblem(
        api.call("PATCH", "/api/v1/user-schedules/" + schedule, admin())
            .json(Map.of("organization_id", org.id(), "schedule", ApiFixtures.weekdays()))
            .send(),
        400,
        "organization_immutable",
        "organization_id");

    var deactivated =
        api.post("/api/v1/user-schedules/" + schedule + "/deactivate", admin()).send();
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(deactivated.json().path("active").asBoolean()).isFalse();
  }
}
