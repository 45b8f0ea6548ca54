package io.roster.worker.api;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roster.activities.command.Failures;
import io.roster.db.events.VersionConflictException;
import io.temporal.client.WorkflowServiceException;
import io.temporal.failure.ApplicationFailure;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure as {@code application/problem+json} with {@code code} and {@code field}: the
 * commands' refusals by type (ValidationFailed 400, NotAuthorized 403, NotFound 404, RuleViolated
 * 409, {@code idempotency_key_reused} 409), exhausted version conflicts 409 {@code
 * concurrent_modification}, unreadable input 400 naming the field, 413, 415, and for anything
 * unexpected a 500 that says nothing of the cause (which is logged).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApplicationFailure.class)
  ResponseEntity<Object> refused(ApplicationFailure failure, HttpServletRequest request) {
    var code = Failures.code(failure);
    var field = Failures.field(failure);
    ProblemKind kind =
        switch (failure.getType()) {
          case Failures.VALIDATION_FAILED ->
              "idempotency_key_reused".equals(code)
                  ? ProblemKind.IDEMPOTENCY_KEY_REUSED
                  : ProblemKind.VALIDATION_FAILED;
          case Failures.NOT_AUTHORIZED -> ProblemKind.NOT_AUTHORIZED;
          case Failures.NOT_FOUND -> ProblemKind.NOT_FOUND;
          case Failures.RULE_VIOLATED -> ProblemKind.RULE_VIOLATED;
          default -> null;
        };
    if (kind == null) {
      return unexpected(failure, request);
    }
    if ("idempotency_key".equals(field)) {
      field = "Idempotency-Key";
    }
    return respond(Problems.of(kind, code, field, failure.getOriginalMessage(), uri(request)));
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<Object> apiProblem(ApiProblem problem, HttpServletRequest request) {
    return respond(problem, uri(request));
  }

  @ExceptionHandler(VersionConflictException.class)
  ResponseEntity<Object> conflict(VersionConflictException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            ProblemKind.CONCURRENT_MODIFICATION,
            "concurrent_modification",
            null,
            "the records changed concurrently and the command could not be decided; retry it",
            uri(request)));
  }

  @ExceptionHandler({WorkflowServiceException.class, StatusRuntimeException.class})
  ResponseEntity<Object> temporal(RuntimeException e, HttpServletRequest request) {
    if (e instanceof StatusRuntimeException status
        && status.getStatus().getCode() != Status.Code.UNAVAILABLE) {
      return unexpected(e, request);
    }
    log.warn("Temporal unavailable for {}: {}", request.getRequestURI(), e.getMessage());
    return respond(
        Problems.of(
            ProblemKind.SERVICE_UNAVAILABLE,
            "temporal_unavailable",
            null,
            "the workflow service is not reachable; retry later",
            uri(request)));
  }

  @ExceptionHandler(JdbiException.class)
  ResponseEntity<Object> database(JdbiException e, HttpServletRequest request) {
    var state = sqlState(e);
    if (state != null && state.startsWith("22")) {
      return respond(
          Problems.of(
              ProblemKind.VALIDATION_FAILED,
              "invalid_input",
              null,
              "the database refused a value of this request as malformed",
              uri(request)));
    }
    return unexpected(e, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return respond(
        Problems.of(
            ProblemKind.INTERNAL_ERROR,
            "internal_error",
            null,
            "an unexpected error occurred; it has been logged",
            uri(request)));
  }

  /** Spring MVC's own exceptions (binding, media types, routing), re-expressed with codes. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var instance =
        request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    var problem = MvcProblems.classify(e, status);
    var detail =
        Problems.of(
            problem.kind(), problem.code(), problem.field(), problem.getMessage(), instance);
    var filtered = new HttpHeaders();
    filtered.putAll(headers);
    filtered.setContentType(Problems.PROBLEM_JSON);
    return ResponseEntity.status(problem.kind().status()).headers(filtered).body(detail);
  }

  private static ResponseEntity<Object> respond(ApiProblem problem, String instance) {
    return respond(
        Problems.of(
            problem.kind(), problem.code(), problem.field(), problem.getMessage(), instance));
  }

  private static ResponseEntity<Object> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(Problems.PROBLEM_JSON)
        .body(problem);
  }

  private static String uri(HttpServletRequest request) {
    return request.getRequestURI();
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
