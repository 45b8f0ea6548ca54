package io.roster.worker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiClient;
import io.roster.worker.api.ApiFixtures;
import java.util.Map;

/** Builds the {@link HostileWorld} through the API, as the development super_admin. */
final class HostileSetup {

  private final ApiClient api;
  private final String token;
  private final ApiFixtures fixtures;

  HostileSetup(ApiClient api, String token) {
    this.api = api;
    this.token = token;
    this.fixtures = new ApiFixtures(api, token);
  }

  HostileWorld world() {
    var org = fixtures.organization("Hostile Org");
    var mapping =
        api.call("PATCH", "/api/v1/organizations/" + org.id() + "/settings", token)
            .json(Map.of("enable_staff_client_mapping", true))
            .send();
    assertThat(mapping.status()).as(mapping.toString()).isEqualTo(200);
    var unit = fixtures.unit(org, "facility", "Hostile Facility");
    var otherOrg = fixtures.organization("Other Org");
    var otherUnit = fixtures.unit(otherOrg, "facility", "Other Facility");
    var user = fixtures.user("hostile");
    fixtures.role(user, "clinician", org);
    var assignment =
        api.post("/api/v1/users/" + user + "/org-units", token)
            .json(Map.of("organization_unit_id", unit.id()))
            .send();
    assertThat(assignment.status()).as(assignment.toString()).isEqualTo(201);
    var template = fixtures.template(org, "Hostile Template");
    var schedule =
        api.post("/api/v1/users/" + user + "/schedules", token)
            .json(Map.of("organization_id", org.id(), "schedule", ApiFixtures.weekdays()))
            .send();
    assertThat(schedule.status()).as(schedule.toString()).isEqualTo(201);
    return new HostileWorld(
        org,
        unit,
        otherOrg,
        otherUnit,
        user,
        assignment.uuid("assignment_id"),
        template,
        schedule.uuid("schedule_id"));
  }
}
