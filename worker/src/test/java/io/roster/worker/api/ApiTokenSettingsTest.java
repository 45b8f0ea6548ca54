package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roster.worker.security.TokenSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Which keys check tokens, and when the service refuses to start. */
class ApiTokenSettingsTest {

  @TempDir Path home;

  @Test
  void aSecretOfAtLeast32BytesSelectsHs256AndAShorterOneRefusesToStart() {
    var settings = TokenSettings.from(env().withProperty("ROSTER_JWT_SECRET", ApiTokens.SECRET));

    assertThat(settings.mode()).isEqualTo(TokenSettings.Mode.SECRET);
    assertThatThrownBy(
            () -> TokenSettings.from(env().withProperty("ROSTER_JWT_SECRET", "x".repeat(31))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 32 bytes");
  }

  @Test
  void aJwksUrlSelectsRs256AndBothSettingsRefuseToStart() {
    var jwks = "https://issuer.example/.well-known/jwks.json";

    assertThat(TokenSettings.from(env().withProperty("ROSTER_JWT_JWKS_URL", jwks)).mode())
        .isEqualTo(TokenSettings.Mode.JWKS);
    assertThatThrownBy(
            () ->
                TokenSettings.from(
                    env()
                        .withProperty("ROSTER_JWT_JWKS_URL", jwks)
                        .withProperty("ROSTER_JWT_SECRET", ApiTokens.SECRET)))
        .hasMessageContaining("not both");
  }

  @Test
  void withoutAnyTokenSettingOnlyTheEmbeddedDefaultsGetDevelopmentAccess() throws Exception {
    var first = TokenSettings.from(env());
    var second = TokenSettings.from(env());

    assertThat(first.mode()).isEqualTo(TokenSettings.Mode.DEVELOPMENT);
    assertThat(first.devSecretFile()).isEqualTo(home.resolve("dev-jwt-secret"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.devSecretFile())))
        .isEqualTo("rw-------");
    assertThat(first.hmacSecret()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second.hmacSecret());
    for (var real : new String[] {"ROSTER_DB_URL", "TEMPORAL_ADDRESS"}) {
      assertThatThrownBy(() -> TokenSettings.from(env().withProperty(real, "somewhere")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("ROSTER_JWT_SECRET");
    }
  }

  private MockEnvironment env() {
    return new MockEnvironment().withProperty("ROSTER_HOME", home.toString());
  }
}
