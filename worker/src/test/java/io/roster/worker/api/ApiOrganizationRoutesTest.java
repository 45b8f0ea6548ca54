package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiOrganizationRoutesTest extends ApiTestBase {

  @Test
  void createsAnOrganizationChangesItsSettingsAndAddsUnits() {
    var slug = "org-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        api.post("/api/v1/organizations", admin())
            .json(Map.of("name", "North Clinic", "slug", slug, "timezone", "America/Chicago"))
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    var org = created.uuid("organization_id");
    assertThat(created.text("path")).startsWith("roster.org_");

    var settings =
        api.call("PATCH", "/api/v1/organizations/" + org + "/settings", admin())
            .json(
                Map.of(
                    "enable_staff_client_mapping",
                    true,
                    "max_active_unit_assignments",
                    3,
                    "notice_days",
                    List.of(30, 7)))
            .send();
    assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
    assertThat(settings.json().path("enable_staff_client_mapping").asBoolean()).isTrue();
    assertThat(settings.json().path("max_active_unit_assignments").asInt()).isEqualTo(3);
    assertThat(settings.text("timezone")).isEqualTo("America/Chicago");

    var facility =
        api.post("/api/v1/organizations/" + org + "/units", admin())
            .json(Map.of("name", "North Facility", "kind", "facility"))
            .send();
    assertThat(facility.status()).as(facility.toString()).isEqualTo(201);
    var program =
        api.post("/api/v1/organizations/" + org + "/units", admin())
            .json(
                Map.of(
                    "name",
                    "Night Program",
                    "kind",
                    "program",
                    "parent_unit_id",
                    facility.text("unit_id")))
            .send();
    assertThat(program.status()).as(program.toString()).isEqualTo(201);
    assertThat(program.text("path")).startsWith(facility.text("path") + ".program_");

    var stored =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT timezone || ' ' || max_active_unit_assignments FROM organizations_projection WHERE id = :id")
                    .bind("id", org)
                    .mapTo(String.class)
                    .one());
    assertThat(stored).isEqualTo("America/Chicago 3");
  }
}
