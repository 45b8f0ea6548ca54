package io.roster.db.readside;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * custom_access_token_hook(): Supabase Auth's hook shape ({"user_id", "claims"} in, {"claims"} out)
 * at now(), blocking access outside the user's access window. Windows here are 30 days away from
 * today on either side, so no test depends on the hour it runs.
 */
class AccessTokenHookTest {

  private static TestDatabase db;
  private static EventFixtures fixtures;
  private static ReadSide readSide;
  private static EventFixtures.Org org;
  private static LocalDate today;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    readSide = new ReadSide(db.jdbi());
    fixtures = new EventFixtures(db);
    org = fixtures.organization("Hook Care", "UTC");
    today = LocalDate.now(ZoneOffset.UTC);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void hookMergesRosterClaimsIntoTheIssuerClaims() {
    var user = fixtures.user("merge@hook.test");
    fixtures.accessDates(user, org.id(), today.minusDays(30), today.plusDays(30));
    fixtures.assignRole(user, "coordinator", org);

    var result = readSide.hook(event(user, "issuer@hook.test"));

    assertThat(AccessTokenClaimsTest.fieldNames(result)).containsExactly("claims");
    var claims = result.get("claims");
    assertThat(claims.get("aud").asText()).isEqualTo("authenticated");
    assertThat(claims.get("sub").asText()).isEqualTo(user.toString());
    assertThat(claims.get("email").asText()).isEqualTo("merge@hook.test");
    assertThat(claims.get("org_id").asText()).isEqualTo(org.id().toString());
    assertThat(claims.get("role").asText()).isEqualTo("coordinator");
    assertThat(claims.get("scope_path").asText()).isEqualTo(org.path());
    assertThat(claims.get("permissions").size()).isEqualTo(3);
    assertThat(claims.has("effective_permissions")).isTrue();
    assertThat(claims.has("unit_ids")).isTrue();
    assertThat(claims.has("primary_unit_id")).isTrue();
    assertThat(claims.has("access_blocked")).isFalse();
  }

  @Test
  void accessThatHasNotStartedIsBlocked() {
    var user = fixtures.user("early@hook.test");
    fixtures.accessDates(user, org.id(), today.plusDays(30), null);
    fixtures.assignRole(user, "coordinator", org);

    var claims = readSide.hook(event(user, "early@hook.test")).get("claims");

    assertThat(claims.get("access_blocked").asBoolean()).isTrue();
    assertThat(claims.get("access_blocked_reason").asText()).isEqualTo("access_not_started");
    assertThat(claims.get("org_id").asText()).isEqualTo(org.id().toString());
    assertThat(claims.get("permissions").size()).isZero();
  }

  @Test
  void accessThatHasEndedIsBlocked() {
    var user = fixtures.user("late@hook.test");
    fixtures.accessDates(user, org.id(), null, today.minusDays(30));
    fixtures.assignRole(user, "coordinator", org);

    var claims = readSide.hook(event(user, "late@hook.test")).get("claims");

    assertThat(claims.get("access_blocked").asBoolean()).isTrue();
    assertThat(claims.get("access_blocked_reason").asText()).isEqualTo("access_expired");
    assertThat(claims.get("role").asText())
        .as("no active role: the issuer's")
        .isEqualTo("authenticated");
    assertThat(claims.get("permissions").size()).isZero();
  }

  @Test
  void userRosterDoesNotKnowKeepsTheIssuerEmailAndRole() {
    var stranger = UUID.randomUUID();

    var claims = readSide.hook(event(stranger, "stranger@hook.test")).get("claims");

    assertThat(claims.get("email").asText()).isEqualTo("stranger@hook.test");
    assertThat(claims.get("role").asText()).isEqualTo("authenticated");
    assertThat(claims.get("org_id").isNull()).isTrue();
    assertThat(claims.get("permissions").size()).isZero();
    assertThat(claims.has("access_blocked")).isFalse();
  }

  @Test
  void userIdThatIsNotAUuidAnswersTheHookErrorShape() {
    var result = readSide.hook("{\"user_id\": \"not-a-uuid\", \"claims\": {}}");

    assertThat(result.get("error").get("http_code").asInt()).isEqualTo(400);
    assertThat(result.get("error").get("message").asText()).contains("not-a-uuid");
  }

  private static String event(UUID user, String issuerEmail) {
    return """
        {"user_id": "%s",
         "claims": {"aud": "authenticated", "role": "authenticated", "sub": "%s", "email": "%s"}}
        """
        .formatted(user, user, issuerEmail);
  }
}
