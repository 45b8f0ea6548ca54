package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Onboarding over HTTP against the whole application: JSON and CSV requests signed with a real
 * token, the workflow run to completion by the embedded Temporal server, and the rows and events it
 * leaves in PostgreSQL.
 */
class ApiOnboardingEndToEndTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;
  private Scope facility1;
  private Scope facility2;
  private UUID template;

  @BeforeEach
  void organization() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Onboarding Org");
    facility1 = fixtures.unit(org, "facility", "Facility 1");
    facility2 = fixtures.unit(org, "facility", "Facility 2");
    template = fixtures.template(org, "Weekdays");
  }

  @Test
  void aJsonOnboardingAppliesEveryValidMemberAndReportsTheRefusedOne() {
    var requestId = "json-" + ApiFixtures.shortId();
    var client = UUID.randomUUID();
    var full = new LinkedHashMap<String, Object>();
    full.put("email", "ada-" + requestId + "@roster.test");
    full.put("first_name", "Ada");
    full.put("last_name", "Lovelace");
    full.put("access_start_date", "2025-01-01");
    full.put(
        "roles",
        List.of(
            Map.of(
                "role_name",
                "clinician",
                "scope_path",
                facility1.path(),
                "role_valid_from",
                "2025-01-01",
                "role_valid_until",
                "2030-12-31")));
    full.put(
        "org_units",
        List.of(
            Map.of("organization_unit_id", facility1.id(), "is_primary", false),
            Map.of("organization_unit_id", facility2.id(), "is_primary", true)));
    full.put("schedule", Map.of("template_id", template, "effective_from", "2025-02-01"));
    full.put("client_ids", List.of(client));
    var minimal =
        Map.of(
            "email",
            "grace-" + requestId + "@roster.test",
            "first_name",
            "Grace",
            "last_name",
            "Hopper",
            "roles",
            List.of(Map.of("role_name", "peer_mentor")));
    var refused =
        Map.of(
            "email",
            "bad-" + requestId + "@roster.test",
            "first_name",
            "Bad",
            "last_name",
            "Window",
            "roles",
            List.of(
                Map.of(
                    "role_name", "clinician",
                    "role_valid_from", "2026-01-01",
                    "role_valid_until", "2025-01-01")));
    var body = Map.of("request_id", requestId, "staff", List.of(full, minimal, refused));

    var accepted =
        api.post("/api/v1/organizations/" + org.id() + "/onboardings", admin()).json(body).send();

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    assertThat(accepted.text("workflow_id"))
        .isEqualTo("onboard-staff/" + org.id() + "/" + requestId);
    assertThat(accepted.text("request_id")).isEqualTo(requestId);
    var status = ApiPolling.untilFinished(api, accepted.text("status_url"), admin());
    assertThat(status.text("status")).as(status.toString()).isEqualTo("COMPLETED");
    assertThat(status.json().path("total").asInt()).isEqualTo(3);
    assertThat(status.json().path("succeeded").asInt()).isEqualTo(2);
    assertThat(status.json().path("failed").asInt()).isEqualTo(1);
    var failure = status.json().path("failures").get(0);
    assertThat(failure.path("index").asInt()).isEqualTo(2);
    assertThat(failure.path("email").asString()).isEqualTo("bad-" + requestId + "@roster.test");
    assertThat(failure.path("code").asString()).isEqualTo("date_order");

    var ada = userIdByEmail("ada-" + requestId + "@roster.test");
    assertThat(
            queryStrings(
                "SELECT scope_path::text || ' ' || role_valid_until FROM user_roles_projection WHERE user_id = :user",
                "user",
                ada))
        .containsExactly(facility1.path() + " 2030-12-31");
    assertThat(
            queryStrings(
                """
                SELECT organization_unit_id::text FROM user_org_unit_assignments_projection
                WHERE user_id = :user AND is_primary AND status = 'active'
                """,
                "user",
                ada))
        .containsExactly(facility2.id().toString());
    assertThat(
            queryStrings(
                "SELECT schedule_template_id::text FROM schedule_user_assignments_projection WHERE user_id = :user",
                "user",
                ada))
        .containsExactly(template.toString());
    assertThat(
            queryStrings(
                "SELECT client_id::text FROM user_client_assignments_projection WHERE user_id = :user",
                "user",
                ada))
        .containsExactly(client.toString());
    assertThat(
            queryStrings(
                """
                SELECT DISTINCT event_metadata ->> 'source' || ' ' || (event_metadata ->> 'user_id')
                FROM domain_events WHERE stream_id = :user
                """,
                "user",
                ada))
        .containsExactly("workflow " + world.adminId());
    assertThat(
            queryStrings(
                """
                SELECT count(*)::text FROM domain_events
                WHERE event_data ->> 'email' = 'bad-' || :request || '@roster.test'
                """,
                "request",
                requestId))
        .containsExactly("0");
  }

  @Test
  void aCsvOnboardingAppliesRolesWithScopesAndWindowsUnitsSchedulesAndClients() {
    var requestId = "csv-" + ApiFixtures.shortId();
    var client1 = UUID.randomUUID();
    var client2 = UUID.randomUUID();
    var csv =
        """
        email,first_name,last_name,roles,org_units,primary_org_unit,schedule_template_id,schedule_effective_from,client_ids
        alan-%1$s@roster.test,Alan,Turing,clinician@%2$s[2025-01-01..2030-06-30];peer_mentor[..2031-01-01],%3$s;%4$s,%4$s,%5$s,2025-03-01,%6$s;%7$s
        "edsger-%1$s@roster.test",Edsger,"Dijkstra, W.",coordinator,,%3$s,,,
        """
            .formatted(
                requestId,
                facility1.path(),
                facility1.id(),
                facility2.id(),
                template,
                client1,
                client2);

    var accepted =
        api.post(
                "/api/v1/organizations/" + org.id() + "/onboardings?request_id=" + requestId,
                admin())
            .body("text/csv", csv.getBytes(StandardCharsets.UTF_8))
            .send();

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    var status = ApiPolling.untilFinished(api, accepted.text("status_url"), admin());
    assertThat(status.text("status")).isEqualTo("COMPLETED");
    assertThat(status.json().path("succeeded").asInt()).as(status.toString()).isEqualTo(2);

    var alan = userIdByEmail("alan-" + requestId + "@roster.test");
    assertThat(
            queryStrings(
                """
                SELECT r.name || ' ' || ur.scope_path::text || ' '
                       || coalesce(ur.role_valid_from::text, '-') || ' ' || coalesce(ur.role_valid_until::text, '-')
                FROM user_roles_projection ur JOIN roles_projection r ON r.id = ur.role_id
                WHERE ur.user_id = :user ORDER BY r.name
                """,
                "user",
                alan))
        .containsExactly(
            "clinician " + facility1.path() + " 2025-01-01 2030-06-30",
            "peer_mentor " + org.path() + " - 2031-01-01");
    assertThat(
            queryStrings(
                """
                SELECT organization_unit_id::text || ' ' || is_primary
                FROM user_org_unit_assignments_projection WHERE user_id = :user ORDER BY is_primary
                """,
                "user",
                alan))
        .containsExactly(facility1.id() + " false", facility2.id() + " true");
    assertThat(
            queryStrings(
                "SELECT effective_from::text FROM schedule_user_assignments_projection WHERE user_id = :user",
                "user",
                alan))
        .containsExactly("2025-03-01");
    assertThat(
            queryStrings(
                "SELECT client_id::text FROM user_client_assignments_projection WHERE user_id = :user ORDER BY client_id",
                "user",
                alan))
        .containsExactlyInAnyOrder(client1.toString(), client2.toString());
    var edsger = userIdByEmail("edsger-" + requestId + "@roster.test");
    assertThat(queryStrings("SELECT last_name FROM users WHERE id = :user", "user", edsger))
        .containsExactly("Dijkstra, W.");
    assertThat(
            queryStrings(
                "SELECT organization_unit_id::text FROM user_org_unit_assignments_projection WHERE user_id = :user AND is_primary",
                "user",
                edsger))
        .containsExactly(facility1.id().toString());
  }
}
