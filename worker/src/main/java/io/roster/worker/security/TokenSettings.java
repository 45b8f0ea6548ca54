package io.roster.worker.security;

import io.roster.worker.dev.DevSecret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * How bearer tokens are checked, decided once at start-up:
 *
 * <ul>
 *   <li>{@code ROSTER_JWT_SECRET}: HS256 with the UTF-8 bytes of the secret, at least 32 bytes;
 *   <li>{@code ROSTER_JWT_JWKS_URL}: RS256 with the keys published at that URL;
 *   <li>neither, on the embedded defaults: development access, HS256 with the secret kept in {@code
 *       <ROSTER_HOME or ~/.roster>/dev-jwt-secret} (created at random on first use, mode 600).
 * </ul>
 *
 * Anything else refuses to start: both set, a short secret, or neither outside embedded mode.
 * {@code ROSTER_JWT_ISSUER} and {@code ROSTER_JWT_AUDIENCE}, when set, are checked too.
 *
 * @param hmacSecret the HS256 key (SECRET and DEVELOPMENT modes)
 * @param jwksUrl the JWKS URL (JWKS mode)
 * @param devSecretFile where the development secret is kept (DEVELOPMENT mode)
 */
public record TokenSettings(
    Mode mode,
    byte[] hmacSecret,
    String jwksUrl,
    Path devSecretFile,
    Optional<String> issuer,
    Optional<String> audience) {

  public static final int MIN_SECRET_BYTES = 32;

  /** Where the keys come from. */
  public enum Mode {
    SECRET,
    JWKS,
    DEVELOPMENT
  }

  public static TokenSettings from(Environment environment) {
    var secret = environment.getProperty("ROSTER_JWT_SECRET");
    var jwks = environment.getProperty("ROSTER_JWT_JWKS_URL");
    var issuer = optional(environment.getProperty("ROSTER_JWT_ISSUER"));
    var audience = optional(environment.getProperty("ROSTER_JWT_AUDIENCE"));
    if (!EmbeddedMode.blank(secret) && !EmbeddedMode.blank(jwks)) {
      throw new IllegalStateException(
          "Set ROSTER_JWT_SECRET (HS256) or ROSTER_JWT_JWKS_URL (RS256), not both");
    }
    if (!EmbeddedMode.blank(secret)) {
      var bytes = secret.getBytes(StandardCharsets.UTF_8);
      if (bytes.length < MIN_SECRET_BYTES) {
        throw new IllegalStateException(
            "ROSTER_JWT_SECRET must be at least %d bytes for HS256, got %d"
                .formatted(MIN_SECRET_BYTES, bytes.length));
      }
      return new TokenSettings(Mode.SECRET, bytes, null, null, issuer, audience);
    }
    if (!EmbeddedMode.blank(jwks)) {
      return new TokenSettings(Mode.JWKS, null, jwks.strip(), null, issuer, audience);
    }
    if (!EmbeddedMode.isEmbedded(environment)) {
      throw new IllegalStateException(
          "The HTTP API needs ROSTER_JWT_SECRET (HS256, at least 32 bytes) or ROSTER_JWT_JWKS_URL"
              + " (RS256): development access exists only on the embedded defaults");
    }
    var file = DevSecret.file(environment.getProperty("ROSTER_HOME"));
    return new TokenSettings(
        Mode.DEVELOPMENT,
        DevSecret.loadOrCreate(file).getBytes(StandardCharsets.UTF_8),
        null,
        file,
        issuer,
        audience);
  }

  private static Optional<String> optional(String value) {
    return EmbeddedMode.blank(value) ? Optional.empty() : Optional.of(value.strip());
  }
}
