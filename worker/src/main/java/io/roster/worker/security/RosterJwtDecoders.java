package io.roster.worker.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The token decoder for the settings: exactly one algorithm (HS256 or RS256; {@code alg: none} and
 * every other algorithm are refused by Nimbus), signature, {@code exp} required and not passed (60
 * s of clock skew), {@code nbf}, {@code sub} a user id, and the issuer and audience when
 * configured.
 */
final class RosterJwtDecoders {

  private RosterJwtDecoders() {}

  static JwtDecoder create(TokenSettings settings) {
    var decoder =
        switch (settings.mode()) {
          case SECRET, DEVELOPMENT ->
              NimbusJwtDecoder.withSecretKey(new SecretKeySpec(settings.hmacSecret(), "HmacSHA256"))
                  .macAlgorithm(MacAlgorithm.HS256)
                  .build();
          case JWKS ->
              NimbusJwtDecoder.withJwkSetUri(settings.jwksUrl())
                  .jwsAlgorithm(SignatureAlgorithm.RS256)
                  .build();
        };
    decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators(settings)));
    return decoder;
  }

  private static List<OAuth2TokenValidator<Jwt>> validators(TokenSettings settings) {
    var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
    validators.add(new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull));
    validators.add(new SubjectIsUserId());
    settings.issuer().ifPresent(issuer -> validators.add(new JwtIssuerValidator(issuer)));
    settings
        .audience()
        .ifPresent(
            audience ->
                validators.add(
                    new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
    return validators;
  }
}
