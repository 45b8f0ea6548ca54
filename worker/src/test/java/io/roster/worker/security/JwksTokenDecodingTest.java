package io.roster.worker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;

/** With ROSTER_JWT_JWKS_URL, tokens are RS256 signed by a published key, and nothing else. */
class JwksTokenDecodingTest {

  private RSAKey key;
  private HttpServer jwks;

  @BeforeEach
  void publishAKey() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    var body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwks.createContext(
        "/jwks.json",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    jwks.start();
  }

  @AfterEach
  void stop() {
    jwks.stop(0);
  }

  @Test
  void anRs256TokenFromThePublishedKeyIsAcceptedAndAnHs256OneIsNot() throws Exception {
    var decoder =
        RosterJwtDecoders.create(
            new TokenSettings(
                TokenSettings.Mode.JWKS,
                null,
                "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json",
                null,
                Optional.of("https://issuer.example"),
                Optional.empty()));
    var user = UUID.randomUUID();

    var rs256 =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").type(JOSEObjectType.JWT).build(),
            claims(user, "https://issuer.example"));
    rs256.sign(new RSASSASigner(key));
    var otherIssuer =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
            claims(user, "https://elsewhere.example"));
    otherIssuer.sign(new RSASSASigner(key));
    var hs256 =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).build(),
            claims(user, "https://issuer.example"));
    hs256.sign(new MACSigner("a-secret-of-at-least-thirty-two-bytes!!"));

    assertThat(decoder.decode(rs256.serialize()).getSubject()).isEqualTo(user.toString());
    assertThatThrownBy(() -> decoder.decode(otherIssuer.serialize()))
        .isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(hs256.serialize())).isInstanceOf(JwtException.class);
  }

  private static JWTClaimsSet claims(UUID user, String issuer) {
    return new JWTClaimsSet.Builder()
        .subject(user.toString())
        .issuer(issuer)
        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
        .build();
  }
}
