package io.roster.worker.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own exceptions (binding, media types, routing) as the API's problems: a bad path or
 * query value names its parameter, a missing one is {@code required}, an unreadable body goes to
 * {@link BodyProblems}.
 */
final class MvcProblems {

  private static final Logger log = LoggerFactory.getLogger(MvcProblems.class);

  private MvcProblems() {}

  static ApiProblem classify(Exception e, HttpStatusCode status) {
    if (e instanceof HttpMessageNotReadableException unreadable) {
      return BodyProblems.classify(unreadable);
    }
    if (e instanceof TypeMismatchException mismatch) {
      var name = mismatch.getPropertyName();
      return new ApiProblem(
          ProblemKind.MALFORMED_REQUEST,
          "invalid_parameter",
          name,
          "%s '%s' is not a valid %s"
              .formatted(name, mismatch.getValue(), typeName(mismatch.getRequiredType())));
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return new ApiProblem(
          ProblemKind.VALIDATION_FAILED,
          "required",
          missing.getParameterName(),
          "query parameter " + missing.getParameterName() + " is required");
    }
    if (e instanceof MissingRequestHeaderException missing) {
      return new ApiProblem(
          ProblemKind.VALIDATION_FAILED,
          "required",
          missing.getHeaderName(),
          "header " + missing.getHeaderName() + " is required");
    }
    if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
      return new ApiProblem(
          ProblemKind.UNSUPPORTED_MEDIA_TYPE,
          "unsupported_media_type",
          "Content-Type",
          "Content-Type %s is not accepted here; use %s"
              .formatted(unsupported.getContentType(), unsupported.getSupportedMediaTypes()));
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return new ApiProblem(
          ProblemKind.NOT_ACCEPTABLE,
          "not_acceptable",
          "Accept",
          "this route answers application/json only");
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      return new ApiProblem(
          ProblemKind.METHOD_NOT_ALLOWED,
          "method_not_allowed",
          null,
          method.getMethod() + " is not allowed here");
    }
    if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
      return new ApiProblem(
          ProblemKind.NOT_FOUND, "route_not_found", null, "no route answers this path");
    }
    if (e instanceof MaxUploadSizeExceededException) {
      return new ApiProblem(
          ProblemKind.PAYLOAD_TOO_LARGE, "body_too_large", null, "the upload is too large");
    }
    if (status.is4xxClientError()) {
      return new ApiProblem(
          ProblemKind.MALFORMED_REQUEST,
          "invalid_request",
          null,
          "the request could not be processed (HTTP " + status.value() + ")");
    }
    log.error("Unexpected Spring MVC failure", e);
    return new ApiProblem(
        ProblemKind.INTERNAL_ERROR,
        "internal_error",
        null,
        "an unexpected error occurred; it has been logged");
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    return switch (type.getSimpleName()) {
      case "UUID" -> "UUID";
      case "Instant" -> "ISO-8601 instant (2025-01-31T00:00:00Z)";
      case "LocalDate" -> "date (YYYY-MM-DD)";
      default -> type.getSimpleName();
    };
  }
}
