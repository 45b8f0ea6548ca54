package io.roster.worker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.Figures;
import io.roster.worker.api.ApiFixtures;
import io.roster.worker.api.ApiTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SQL fragments and unusual unicode are valid free text: accepted, stored byte for byte in the
 * projections and the event payloads, and never executed (the tables they name still exist).
 */
class HostileTextStoredVerbatimTest extends ApiTestBase {

  private static final List<String> TEXTS =
      List.of(
          HostileValues.SQL,
          "Robert'); DROP TABLE users;--",
          HostileValues.SQL_OR,
          "$$; SELECT pg_sleep(10); $$",
          "x\\'; TRUNCATE command_results; --",
          "Zo\u00eb \u00c6r\u00f8sk\u00f8bing",
          "\u0645\u0631\u062d\u0628\u0627 \u202Eevil\u202C",
          "\uD83D\uDE00 \uD83D\uDC69\u200D\u2695\uFE0F",
          "e\u0301 \uFB01 \u00A0nbsp",
          "line one\nline two\ttabbed");

  @Test
  void sqlAndUnicodeInFreeTextAreStoredByteForByteAndNeverExecuted() {
    var fixtures = new ApiFixtures(api, admin());
    long events = eventCount();
    int stored = 0;
    for (var text : TEXTS) {
      var org = created("/api/v1/organizations", Map.of("name", text, "slug", slug()));
      var orgId = org.uuid("organization_id");
      assertThat(
              api.call("PATCH", "/api/v1/organizations/" + orgId + "/settings", admin())
                  .json(Map.of("enable_staff_client_mapping", true))
                  .send()
                  .status())
          .isEqualTo(200);
      var unitId =
          created("/api/v1/organizations/" + orgId + "/units", Map.of("name", text, "kind", "ward"))
              .uuid("unit_id");
      var email = "verbatim-" + ApiFixtures.shortId() + "@roster.test";
      var userId =
          created("/api/v1/users", Map.of("email", email, "first_name", text, "last_name", text))
              .uuid("user_id");
      fixtures.role(userId, "clinician", new ApiFixtures.Scope(orgId, org.text("path")));
      var templateId =
          created(
                  "/api/v1/organizations/" + orgId + "/schedule-templates",
                  Map.of("schedule_name", text, "schedule", ApiFixtures.weekdays()))
              .uuid("template_id");
      created(
          "/api/v1/users/" + userId + "/org-units",
          Map.of("organization_unit_id", unitId, "notes", text));
      created(
          "/api/v1/users/" + userId + "/clients",
          Map.of("client_id", UUID.randomUUID(), "organization_id", orgId, "notes", text));

      assertThat(column("SELECT name FROM organizations_projection WHERE id = :id", orgId))
          .isEqualTo(text);
      assertThat(column("SELECT name FROM organization_units_projection WHERE id = :id", unitId))
          .isEqualTo(text);
      assertThat(column("SELECT first_name FROM users WHERE id = :id", userId)).isEqualTo(text);
      assertThat(column("SELECT last_name FROM users WHERE id = :id", userId)).isEqualTo(text);
      assertThat(
              column(
                  "SELECT schedule_name FROM schedule_templates_projection WHERE id = :id",
                  templateId))
          .isEqualTo(text);
      assertThat(
              column(
                  "SELECT notes FROM user_org_unit_assignments_projection WHERE user_id = :id",
                  userId))
          .isEqualTo(text);
      assertThat(
              column(
                  "SELECT notes FROM user_client_assignments_projection WHERE user_id = :id",
                  userId))
          .isEqualTo(text);
      for (var payload : List.of("name", "first_name", "schedule_name", "notes")) {
        assertThat(
                queryOne(
                    Long.class,
                    "SELECT count(*) FROM domain_events WHERE stream_id IN (:a, :b, :c, :d)"
                        + " AND event_data ->> :member = :text",
                    "a",
                    orgId,
                    "b",
                    unitId,
                    "c",
                    userId,
                    "d",
                    templateId,
                    "member",
                    payload,
                    "text",
                    text))
            .as("events with %s = %s", payload, text)
            .isPositive();
      }
      stored += 8;
    }

    for (var table : List.of("domain_events", "users", "command_results")) {
      assertThat(queryOne(String.class, "SELECT to_regclass(:t)::text", "t", table))
          .isEqualTo(table);
    }
    assertThat(eventCount()).isGreaterThan(events);
    assertThat(queryOne(Long.class, "SELECT count(*) FROM command_results")).isPositive();
    new Figures("hostile-input-verbatim")
        .put("verbatim.texts", TEXTS.size())
        .put("verbatim.values_read_back", stored)
        .put("verbatim.tables_intact", true)
        .write();
  }

  private io.roster.worker.api.ApiResponse created(String path, Map<String, Object> body) {
    var response = api.post(path, admin()).json(body).send();
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response;
  }

  private String column(String sql, UUID id) {
    return queryOne(String.class, sql, "id", id);
  }

  private static String slug() {
    return "verbatim-" + ApiFixtures.shortId();
  }
}
