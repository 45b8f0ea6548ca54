package io.roster.worker.dev;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.roster.worker.api.ApiTestBase;
import io.roster.worker.security.TokenSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Development access: the world is created once through the commands, and the log gives a working
 * token and the commands that onboard the example staff into the demo organization.
 */
class DevAccessTest extends ApiTestBase {

  @TempDir Path home;

  @Test
  void theDevelopmentWorldIsCreatedOnceThroughTheCommands() {
    long events = eventCount();

    var again = new DevBootstrap(activities).ensure();

    assertThat(again).isEqualTo(world);
    assertThat(eventCount()).isEqualTo(events);
    assertThat(queryOne(Boolean.class, "SELECT is_super_admin(:id)", "id", world.adminId()))
        .isTrue();
    assertThat(
            queryOne(
                String.class,
                "SELECT slug || ' ' || timezone FROM organizations_projection WHERE id = :id",
                "id",
                world.organizationId()))
        .isEqualTo("demo UTC");
  }

  @Test
  void theLogGivesAThirtyDayTokenForTheAdminAndTheOnboardingCommands() throws Exception {
    var settings =
        TokenSettings.from(new MockEnvironment().withProperty("ROSTER_HOME", home.toString()));
    var environment =
        new MockEnvironment()
            .withProperty("server.address", "127.0.0.1")
            .withProperty("local.server.port", "18080");
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    var logger = (Logger) LoggerFactory.getLogger(DevAccessConfiguration.class);
    logger.addAppender(appender);
    try {
      new DevAccessConfiguration().developmentAccess(settings, activities, environment).run(null);
    } finally {
      logger.detachAppender(appender);
    }

    var lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).hasSize(5);
    var token = lines.get(2).substring(lines.get(2).lastIndexOf(' ') + 1);
    var decoder =
        NimbusJwtDecoder.withSecretKey(new SecretKeySpec(settings.hmacSecret(), "HmacSHA256"))
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    var jwt = decoder.decode(token);
    assertThat(jwt.getSubject()).isEqualTo(world.adminId().toString());
    assertThat(Duration.between(Instant.now(), jwt.getExpiresAt()))
        .isBetween(Duration.ofDays(29), Duration.ofDays(30));
    assertThat(lines.get(3))
        .isEqualTo(
            "Onboard the example staff: ROSTER_TOKEN=%s java -jar worker/target/roster-worker.jar onboard --url http://127.0.0.1:18080 --org %s examples/staff.csv"
                .formatted(token, world.organizationId()));
    assertThat(lines.get(4))
        .startsWith(
            "Or with curl: curl -sS -X POST 'http://127.0.0.1:18080/api/v1/organizations/"
                + world.organizationId()
                + "/onboardings?request_id=example-staff'")
        .contains("--data-binary @examples/staff.csv");
  }
}
