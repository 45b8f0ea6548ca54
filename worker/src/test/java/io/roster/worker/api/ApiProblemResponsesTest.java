package io.roster.worker.api;

import static io.roster.worker.api.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.api.ApiFixtures.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every class of error answers {@code application/problem+json} with {@code code} and {@code
 * field}, and bad input never reaches a 500.
 */
class ApiProblemResponsesTest extends ApiTestBase {

  private ApiFixtures fixtures;
  private Scope org;

  @BeforeEach
  void organization() {
    fixtures = new ApiFixtures(api, admin());
    org = fixtures.organization("Problem Org");
  }

  @Test
  void aRefusedCommandInputIs400NamingTheField() {
    var response =
        api.post("/api/v1/users", admin())
            .json(Map.of("email", "not an email", "first_name", "A", "last_name", "B"))
            .send();

    assertProblem(response, 400, "invalid_email", "email");
    assertThat(response.json().path("title").asString()).isEqualTo("Validation failed");
  }

  @Test
  void malformedJsonIs400() {
    assertProblem(
        api.post("/api/v1/users", admin()).json("{\"email\": \"a@b.c\", ").send(),
        400,
        "malformed_json",
        null);
    assertProblem(
        api.post("/api/v1/users", admin()).json("[1, 2]").send(), 400, "invalid_body", null);
    assertProblem(api.post("/api/v1/users", admin()).json("").send(), 400, "body_required", null);
  }

  @Test
  void aValueOfTheWrongTypeDeepInTheBodyIsNamedByItsPath() {
    var staff =
        List.of(
            Map.of("email", "a@roster.test"),
            Map.of(
                "email",
                "b@roster.test",
                "roles",
                List.of(Map.of("role_name", "clinician", "role_valid_from", "2025-13-01"))));

    var badDate =
        api.post("/api/v1/organizations/" + org.id() + "/onboardings", admin())
            .json(Map.of("request_id", "bad-date", "staff", staff))
            .send();
    var badUuid =
        api.post("/api/v1/users/" + UUID.randomUUID() + "/roles", admin())
            .json(Map.of("role_name", "clinician", "org_id", "not-a-uuid"))
            .send();
    var unknown =
        api.post("/api/v1/users", admin())
            .json(Map.of("email", "a@roster.test", "firstName", "A", "last_name", "B"))
            .send();

    var nullMember =
        api.post("/api/v1/organizations/" + org.id() + "/onboardings", admin())
            .json("{\"request_id\": \"null-member\", \"staff\": [{\"email\": \"a@b.co\"}, null]}")
            .send();

    assertProblem(badDate, 400, "invalid_value", "staff[1].roles[0].role_valid_from");
    assertProblem(nullMember, 400, "required", "staff[1]");
    assertThat(badDate.text("detail")).contains("YYYY-MM-DD");
    assertProblem(badUuid, 400, "invalid_value", "org_id");
    assertProblem(unknown, 400, "unknown_property", "firstName");
  }

  @Test
  void badIdsAndInstantsInThePathOrQueryAre400NamingTheParameter() {
    assertProblem(
        api.get("/api/v1/users/not-a-uuid/active-roles", admin()).send(),
        400,
        "invalid_parameter",
        "user");
    assertProblem(
        api.get("/api/v1/users/" + world.adminId() + "/claims?as_of=yesterday", admin()).send(),
        400,
        "invalid_parameter",
        "as_of");
    assertProblem(
        api.call(
                "DELETE",
                "/api/v1/users/" + world.adminId() + "/clients/" + UUID.randomUUID(),
                admin())
            .send(),
        400,
        "required",
        "organization_id");
  }

  @Test
  void aUrlTheFirewallRejectsIs400() {
    assertProblem(
        api.get("/api/v1/sweeps/role-expiry%2Fx", admin()).send(), 400, "request_rejected", null);
    assertProblem(
        api.get("/api/v1/users;x=1/" + world.adminId() + "/claims", admin()).send(),
        400,
        "request_rejected",
        null);
  }

  @Test
  void everyPostNeedsAnIdempotencyKeyAndAKeyBelongsToOneCommand() {
    var noKey =
        api.call("POST", "/api/v1/users", admin())
            .json(Map.of("email", "nokey@roster.test", "first_name", "A", "last_name", "B"))
            .send();
    var key = "shared-" + ApiFixtures.shortId();
    var first =
        api.call("POST", "/api/v1/users", admin())
            .key(key)
            .json(Map.of("email", key + "@roster.test", "first_name", "A", "last_name", "B"))
            .send();
    long events = eventCount();
    var reused =
        api.call("POST", "/api/v1/organizations/" + org.id() + "/units", admin())
            .key(key)
            .json(Map.of("name", "Unit", "kind", "facility"))
            .send();

    assertProblem(noKey, 400, "idempotency_key_required", "Idempotency-Key");
    assertThat(first.status()).isEqualTo(201);
    assertProblem(reused, 409, "idempotency_key_reused", "Idempotency-Key");
    assertThat(eventCount()).isEqualTo(events);
  }

  @Test
  void aMissingOrBadTokenIs401() {
    var path = "/api/v1/users/" + world.adminId() + "/active-roles";
    var admin = world.adminId();

    var missing = assertProblem(api.get(path, null).send(), 401, "missing_token", "Authorization");
    assertThat(missing.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    for (var token :
        List.of(
            ApiTokens.expired(admin),
            ApiTokens.wrongSecret(admin),
            ApiTokens.unsigned(admin),
            ApiTokens.otherAlgorithm(admin),
            ApiTokens.notAUserId(),
            ApiTokens.withoutExpiry(admin),
            "not.a.jwt")) {
      var response = api.get(path, token).send();
      assertProblem(response, 401, "invalid_token", "Authorization");
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer error=\"invalid_token\"");
    }
    assertThat(api.get(path, ApiTokens.valid(admin)).send().status()).isEqualTo(200);
  }

  @Test
  void anActorWithoutThePermissionIs403AndWritesNothing() {
    var clinician = fixtures.user("clinician");
    fixtures.role(clinician, "clinician", org);
    long events = eventCount();

    var response =
        api.post("/api/v1/organizations/" + org.id() + "/units", ApiTokens.valid(clinician))
            .json(Map.of("name", "Unit", "kind", "facility"))
            .send();

    assertProblem(response, 403, "not_authorized", null);
    assertThat(eventCount()).isEqualTo(events);
  }

  @Test
  void anUnknownTargetIs404() {
    assertProblem(
        api.call("PATCH", "/api/v1/organizations/" + UUID.randomUUID() + "/settings", admin())
            .json(Map.of("timezone", "UTC"))
            .send(),
        404,
        "organization_not_found",
        "organization_id");
    assertProblem(api.get("/api/v1/no-such-route", admin()).send(), 404, "route_not_found", null);
  }

  @Test
  void aBrokenRuleIs409() {
    var slug = "taken-" + ApiFixtures.shortId();
    var body = Map.of("name", "Taken", "slug", slug, "timezone", "UTC");
    assertThat(api.post("/api/v1/organizations", admin()).json(body).send().status())
        .isEqualTo(201);

    assertProblem(
        api.post("/api/v1/organizations", admin()).json(body).send(), 409, "slug_taken", "slug");
  }

  @Test
  void aBodyPastItsLimitIs413() {
    var big = new byte[1024 * 1024 + 10];
    Arrays.fill(big, (byte) ' ');
    var huge = new byte[10 * 1024 * 1024 + 10];
    Arrays.fill(huge, (byte) 'a');

    assertProblem(
        api.post("/api/v1/users", admin()).body("application/json", big).send(),
        413,
        "body_too_large",
        null);
    assertProblem(
        api.post("/api/v1/users", admin()).chunked("application/json", big).send(),
        413,
        "body_too_large",
        null);
    assertProblem(
        api.post("/api/v1/organizations/" + org.id() + "/onboardings?request_id=huge", admin())
            .body("text/csv", huge)
            .send(),
        413,
        "body_too_large",
        null);
  }

  @Test
  void anUnsupportedMediaTypeIs415() {
    assertProblem(
        api.post("/api/v1/users", admin())
            .body("text/plain", "email=a@b.c".getBytes(StandardCharsets.UTF_8))
            .send(),
        415,
        "unsupported_media_type",
        "Content-Type");
    assertProblem(
        api.post("/api/v1/organizations/" + org.id() + "/onboardings", admin())
            .body("application/xml", "<staff/>".getBytes(StandardCharsets.UTF_8))
            .send(),
        415,
        "unsupported_media_type",
        "Content-Type");
  }

  @Test
  void aMalformedCsvRowIs400NamingRowAndColumn() {
    var path = "/api/v1/organizations/" + org.id() + "/onboardings?request_id=csv-errors";
    var badDate =
        """
        email,first_name,last_name,access_start_date
        a@roster.test,A,B,2025-01-01
        b@roster.test,B,C,01/02/2025
        """;
    var badRole =
        """
        email,roles
        a@roster.test,clinician[2025-01-01--2025-02-01]
        """;
    var unknownColumn = "email,nickname\na@roster.test,Al\n";
    var shortRow = "email,first_name,last_name\na@roster.test,A\n";

    assertProblem(csv(path, badDate), 400, "invalid_csv", "row 3, column access_start_date");
    assertProblem(csv(path, badRole), 400, "invalid_csv", "row 2, column roles");
    assertProblem(csv(path, unknownColumn), 400, "invalid_csv_header", "row 1, column nickname");
    assertProblem(csv(path, shortRow), 400, "invalid_csv", "row 2");
    assertProblem(
        api.post("/api/v1/organizations/" + org.id() + "/onboardings", admin())
            .body("text/csv", shortRow.getBytes(StandardCharsets.UTF_8))
            .send(),
        400,
        "required",
        "request_id");
  }

  private ApiResponse csv(String path, String text) {
    return api.post(path, admin()).body("text/csv", text.getBytes(StandardCharsets.UTF_8)).send();
  }
}
