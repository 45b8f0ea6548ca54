package io.roster.worker.dev;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs HS256 bearer tokens for development access. */
public final class DevTokens {

  public static final Duration LIFETIME = Duration.ofDays(30);

  private DevTokens() {}

  /** A token for {@code userId} valid for {@link #LIFETIME} from {@code now}. */
  public static String sign(byte[] secret, UUID userId, String email, Instant now) {
    var claims =
        new JWTClaimsSet.Builder()
            .subject(userId.toString())
            .claim("email", email)
            .issuer("roster-dev")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .build();
    var jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(secret));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a development token", e);
    }
    return jwt.serialize();
  }
}
