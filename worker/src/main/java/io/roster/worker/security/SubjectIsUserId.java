package io.roster.worker.security;

import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** A token's {@code sub} must be a user id (a UUID): it is the actor of every command. */
final class SubjectIsUserId implements OAuth2TokenValidator<Jwt> {

  @Override
  public OAuth2TokenValidatorResult validate(Jwt token) {
    var subject = token.getSubject();
    if (subject != null) {
      try {
        UUID.fromString(subject);
        return OAuth2TokenValidatorResult.success();
      } catch (IllegalArgumentException notAUuid) {
        // fall through
      }
    }
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(
            OAuth2ErrorCodes.INVALID_TOKEN, "the token's sub must be a user id (UUID)", null));
  }
}
