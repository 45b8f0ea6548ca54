package io.roster.worker.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}), for failures that happen before Spring MVC
 * sees the request: answered as problem+json like every other error, never with a stack trace.
 */
@RestController
class ApiErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // asked for directly, /error is just a path that answers nothing
    var status = HttpStatus.resolve(code instanceof Integer value ? value : 404);
    if (status == null || !status.isError()) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    var kind = kind(status);
    var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    var problem =
        Problems.of(
            kind,
            kind == ProblemKind.INTERNAL_ERROR ? "internal_error" : "http_" + status.value(),
            null,
            status.is5xxServerError()
                ? "an unexpected error occurred; it has been logged"
                : "the request could not be processed: " + status.getReasonPhrase(),
            uri == null ? null : uri.toString());
    problem.setStatus(status.value());
    return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem);
  }

  private static ProblemKind kind(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> ProblemKind.UNAUTHENTICATED;
      case FORBIDDEN -> ProblemKind.NOT_AUTHORIZED;
      case NOT_FOUND -> ProblemKind.NOT_FOUND;
      case METHOD_NOT_ALLOWED -> ProblemKind.METHOD_NOT_ALLOWED;
      case CONTENT_TOO_LARGE -> ProblemKind.PAYLOAD_TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
      case SERVICE_UNAVAILABLE -> ProblemKind.SERVICE_UNAVAILABLE;
      default ->
          status.is4xxClientError() ? ProblemKind.MALFORMED_REQUEST : ProblemKind.INTERNAL_ERROR;
    };
  }
}
