package io.roster.worker.dev;

import io.roster.activities.RosterActivities;
import io.roster.worker.security.TokenSettings;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Development access, only in development token mode (embedded defaults and no JWT setting, see
 * {@link TokenSettings}): ensures the development world, then logs a 30-day token for its admin and
 * the commands that onboard {@code examples/staff.csv} into the demo organization.
 */
@Configuration(proxyBeanMethods = false)
class DevAccessConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DevAccessConfiguration.class);

  @Bean
  ApplicationRunner developmentAccess(
      TokenSettings settings, RosterActivities activities, Environment environment) {
    return args -> {
      if (settings.mode() != TokenSettings.Mode.DEVELOPMENT) {
        return;
      }
      var world = new DevBootstrap(activities).ensure();
      var token =
          DevTokens.sign(settings.hmacSecret(), world.adminId(), world.adminEmail(), Instant.now());
      var url =
          "http://%s:%s"
              .formatted(
                  environment.getProperty("server.address", "127.0.0.1"),
                  environment.getProperty("local.server.port", "8080"));
      for (var line : DevInstructions.lines(world, token, url, settings.devSecretFile())) {
        log.info(line);
      }
    };
  }
}
