package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiUserAndRoleRoutesTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;
  private Scope facility;

  @BeforeEach
  void organization() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Roles Org");
    facility = fixtures.unit(org, "facility", "Facility");
  }

  @Test
  void createsAUserAndSetsTheirAccessWindow() {
    var email = "Ada." + ApiFixtures.shortId() + "@Roster.Test";
    var created =
        api.post("/api/v1/users", admin())
            .json(Map.of("email", email, "first_name", "Ada", "last_name", "Lovelace"))
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    var user = created.uuid("user_id");
    assertThat(created.text("email")).isEqualTo(email.toLowerCase());

    var access =
        api.call("PUT", "/api/v1/users/" + user + "/org-access/" + org.id(), admin())
            .json(Map.of("access_start_date", "2025-01-01", "access_expiration_date", "2025-12-31"))
            .send();

    assertThat(access.status()).as(access.toString()).isEqualTo(200);
    assertThat(access.text("access_expiration_date")).isEqualTo("2025-12-31");
    assertThat(
            queryOne(
                String.class,
                "SELECT access_start_date::text FROM user_org_access WHERE user_id = :u AND org_id = :o",
                "u",
                user,
                "o",
                org.id()))
        .isEqualTo("2025-01-01");
  }

  @Test
  void assignsChangesTheWindowOfAndRevokesARole() {
    var user = fixtures.user("nurse");
    var assigned =
        api.post("/api/v1/users/" + user + "/roles", admin())
            .json(
                Map.of(
                    "role_name",
                    "clinician",
                    "org_id",
                    org.id(),
                    "scope_path",
                    facility.path(),
                    "role_valid_from",
                    "2025-01-01"))
            .send();
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.text("scope_path")).isEqualTo(facility.path());
    var roleId = assigned.uuid("role_id");

    var window = new HashMap<String, Object>();
    window.put("role_valid_from", "2025-02-01");
    window.put("role_valid_until", "2025-06-30");
    var byName =
        api.call("PATCH", "/api/v1/users/" + user + "/roles/clinician?org_id=" + org.id(), admin())
            .json(window)
            .send();
    assertThat(byName.status()).as(byName.toString()).isEqualTo(200);
    assertThat(byName.text("role_valid_until")).isEqualTo("2025-06-30");
    window.put("role_valid_until", null);
    var byId =
        api.call(
                "PATCH",
                "/api/v1/users/" + user + "/roles/" + roleId + "?org_id=" + org.id(),
                admin())
            .json(window)
            .send();
    assertThat(byId.status()).as(byId.toString()).isEqualTo(200);
    assertThat(roleWindow(user)).containsExactly("2025-02-01 -");

    var revoked =
        api.call(
                "DELETE",
                "/api/v1/users/" + user + "/roles/clinician?org_id=" + org.id() + "&reason=left",
                admin())
            .send();

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
    assertThat(roleWindow(user)).isEmpty();
    assertThat(
            queryOne(
                String.class,
                "SELECT event_data ->> 'reason' FROM domain_events WHERE stream_id = :u AND event_type = 'user.role.revoked'",
                "u",
                user))
        .isEqualTo("left");
  }

  @Test
  void theGlobalSuperAdminRoleTakesNoOrganization() {
    var user = fixtures.user("platform");
    var assigned =
        api.post("/api/v1/users/" + user + "/roles", admin())
            .json(Map.of("role_name", "super_admin"))
            .send();

    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.json().path("org_id").isNull()).isTrue();
    var self =
        api.post("/api/v1/users/" + world.adminId() + "/roles", admin())
            .json(Map.of("role_name", "clinician", "org_id", org.id()))
            .send();
    ProblemAssert.assertProblem(self, 403, "self_modification", null);
  }

  private List<String> roleWindow(UUID user) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT role_valid_from::text || ' ' || coalesce(role_valid_until::text, '-')
                    FROM user_roles_projection WHERE user_id = :u
                    """)
                .bind("u", user)
                .mapTo(String.class)
                .list());
  }
}
