package io.roster.worker.security;

import io.roster.worker.api.ProblemKind;
import io.roster.worker.api.ProblemWriter;
import io.roster.worker.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json: {@code missing_token} when the request carries no bearer token, {@code
 * invalid_token} when the token is malformed, unsigned ({@code alg: none}), wrongly signed, expired
 * or names no user. {@code WWW-Authenticate} follows RFC 6750.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final ProblemWriter writer;

  ProblemAuthenticationEntryPoint(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    boolean invalid =
        failure instanceof InvalidBearerTokenException
            || failure instanceof OAuth2AuthenticationException;
    String code = invalid ? "invalid_token" : "missing_token";
    String detail =
        invalid
            ? "the bearer token is not valid: " + description(failure)
            : "this request needs an Authorization: Bearer <JWT> header";
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE,
        invalid ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"roster\"");
    writer.write(
        response,
        Problems.of(
            ProblemKind.UNAUTHENTICATED, code, "Authorization", detail, request.getRequestURI()));
  }

  private static String description(AuthenticationException failure) {
    if (failure instanceof OAuth2AuthenticationException oauth
        && oauth.getError() instanceof BearerTokenError bearer
        && bearer.getDescription() != null) {
      return bearer.getDescription();
    }
    if (failure instanceof OAuth2AuthenticationException oauth
        && oauth.getError().getDescription() != null) {
      return oauth.getError().getDescription();
    }
    return failure.getMessage();
  }
}
