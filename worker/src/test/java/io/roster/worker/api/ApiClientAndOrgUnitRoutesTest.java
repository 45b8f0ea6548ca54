package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientAndOrgUnitRoutesTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;

  @BeforeEach
  void organization() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Caseload Org");
  }

  @Test
  void assignsAndUnassignsAClient() {
    var user = fixtures.user("caseworker");
    var client = UUID.randomUUID();

    var assigned =
        api.post("/api/v1/users/" + user + "/clients", admin())
            .json(
                Map.of(
                    "client_id",
                    client,
                    "organization_id",
                    org.id(),
                    "assigned_until",
                    "2099-01-01T00:00:00Z",
                    "notes",
                    "weekly visits"))
            .send();
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.text("assignment_id")).isNotNull();
    assertThat(assigned.json().path("staff_client_mapping_enabled").asBoolean()).isFalse();

    var unassigned =
        api.call(
                "DELETE",
                "/api/v1/users/" + user + "/clients/" + client + "?organization_id=" + org.id(),
                admin())
            .send();

    assertThat(unassigned.status()).as(unassigned.toString()).isEqualTo(204);
    assertThat(
            queryOne(
                Boolean.class,
                "SELECT is_active FROM user_client_assignments_projection WHERE user_id = :u",
                "u",
                user))
        .isFalse();
  }

  @Test
  void assignsUnitsMovesThePrimaryAndDeactivatesAndReactivatesAnAssignment() {
    var user = fixtures.user("staff");
    var unit1 = fixtures.unit(org, "facility", "One");
    var unit2 = fixtures.unit(org, "facility", "Two");

    var first =
        api.post("/api/v1/users/" + user + "/org-units", admin())
            .json(Map.of("organization_unit_id", unit1.id()))
            .send();
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().path("is_primary").asBoolean()).isTrue();
    var second =
        api.post("/api/v1/users/" + user + "/org-units", admin())
            .json(Map.of("organization_unit_id", unit2.id(), "notes", "weekends"))
            .send();
    assertThat(second.json().path("is_primary").asBoolean()).isFalse();
    var secondId = second.uuid("assignment_id");

    var primary =
        api.post("/api/v1/users/" + user + "/org-units/" + secondId + "/primary", admin()).send();
    assertThat(primary.status()).as(primary.toString()).isEqualTo(200);
    assertThat(primary.text("primary_assignment_id")).isEqualTo(secondId.toString());
    assertThat(primary.json().path("assignments").size()).isEqualTo(2);

    var deactivated =
        api.post("/api/v1/users/" + user + "/org-units/" + secondId + "/deactivate", admin())
            .json(Map.of("reason", "moved"))
            .send();
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(deactivated.text("status")).isEqualTo("inactive");
    assertThat(deactivated.text("primary_assignment_id")).isEqualTo(first.text("assignment_id"));

    var reactivated =
        api.post("/api/v1/users/" + user + "/org-units/" + secondId + "/reactivate", admin())
            .send();
    assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
    assertThat(reactivated.text("status")).isEqualTo("active");
  }
}
