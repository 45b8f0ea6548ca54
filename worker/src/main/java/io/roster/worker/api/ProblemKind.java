package io.roster.worker.api;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The classes of problem the API answers with (RFC 9457): each has its HTTP status, its {@code
 * title} and its {@code type} URI ({@code urn:roster:problem:<kind>}). The machine code and the
 * field travel beside them as the extension members {@code code} and {@code field}.
 */
public enum ProblemKind {
  VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Validation failed"),
  MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Unauthenticated"),
  NOT_AUTHORIZED(HttpStatus.FORBIDDEN, "Not authorized"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  RULE_VIOLATED(HttpStatus.CONFLICT, "Rule violated"),
  IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT, "Idempotency key reused"),
  CONCURRENT_MODIFICATION(HttpStatus.CONFLICT, "Concurrent modification"),
  PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

  private final HttpStatus status;
  private final String title;

  ProblemKind(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI type() {
    return URI.create("urn:roster:problem:" + name().toLowerCase().replace('_', '-'));
  }
}
