package io.roster.worker.api;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Bearer tokens for the tests, good and bad, built with Nimbus. */
public final class ApiTokens {

  public static final String SECRET = "test-secret-of-at-least-thirty-two-bytes-0123456789";

  private ApiTokens() {}

  public static String valid(UUID user) {
    return signed(SECRET, JWSAlgorithm.HS256, user.toString(), Instant.now().plusSeconds(600));
  }

  public static String expired(UUID user) {
    return signed(
        SECRET, JWSAlgorithm.HS256, user.toString(), Instant.now().minus(Duration.ofHours(1)));
  }

  public static String wrongSecret(UUID user) {
    return signed(
        "another-secret-of-at-least-thirty-two-bytes-9876543210",
        JWSAlgorithm.HS256,
        user.toString(),
        Instant.now().plusSeconds(600));
  }

  public static String otherAlgorithm(UUID user) {
    return signed(SECRET, JWSAlgorithm.HS384, user.toString(), Instant.now().plusSeconds(600));
  }

  public static String notAUserId() {
    return signed(SECRET, JWSAlgorithm.HS256, "dev-admin", Instant.now().plusSeconds(600));
  }

  /** {@code alg: none}: no signature at all. */
  public static String unsigned(UUID user) {
    return new PlainJWT(claims(user.toString(), Instant.now().plusSeconds(600))).serialize();
  }

  public static String withoutExpiry(UUID user) {
    var claims = new JWTClaimsSet.Builder().subject(user.toString()).build();
    return sign(SECRET, JWSAlgorithm.HS256, claims);
  }

  private static String signed(String secret, JWSAlgorithm algorithm, String sub, Instant exp) {
    return sign(secret, algorithm, claims(sub, exp));
  }

  private static JWTClaimsSet claims(String sub, Instant exp) {
    return new JWTClaimsSet.Builder()
        .subject(sub)
        .issueTime(Date.from(Instant.now().minusSeconds(7200)))
        .expirationTime(Date.from(exp))
        .build();
  }

  private static String sign(String secret, JWSAlgorithm algorithm, JWTClaimsSet claims) {
    try {
      var jwt =
          new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
