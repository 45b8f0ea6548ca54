package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.Failures;
import io.roster.db.events.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The status and code of each failure the commands raise, without a server. */
class ApiExceptionMappingTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler();
  private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/x");

  @Test
  void eachFailureTypeHasItsStatusAndKeepsCodeAndField() {
    assertProblem(
        handler.refused(Failures.validation("date_order", "role_valid_until", "m"), request),
        400,
        "date_order",
        "role_valid_until");
    assertProblem(
        handler.refused(Failures.notAuthorized("not_authorized", "m"), request),
        403,
        "not_authorized",
        null);
    assertProblem(
        handler.refused(Failures.notFound("user_not_found", "user_id", "m"), request),
        404,
        "user_not_found",
        "user_id");
    assertProblem(
        handler.refused(Failures.ruleViolated("unit_limit_reached", null, "m"), request),
        409,
        "unit_limit_reached",
        null);
  }

  @Test
  void aReusedKeyAndAnExhaustedVersionConflictAre409() {
    assertProblem(
        handler.refused(
            Failures.validation("idempotency_key_reused", "idempotency_key", "m"), request),
        409,
        "idempotency_key_reused",
        "Idempotency-Key");
    assertProblem(
        handler.conflict(new VersionConflictException("stream moved"), request),
        409,
        "concurrent_modification",
        null);
  }

  @Test
  void anUnexpectedFailureIs500WithoutItsMessage() {
    var response = handler.unexpected(new IllegalStateException("secret internals"), request);

    assertProblem(response, 500, "internal_error", null);
    assertThat(((ProblemDetail) response.getBody()).getDetail()).doesNotContain("secret");
  }

  private static void assertProblem(
      ResponseEntity<Object> response, int status, String code, String field) {
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(Problems.PROBLEM_JSON);
    var problem = (ProblemDetail) response.getBody();
    assertThat(problem.getStatus()).isEqualTo(status);
    assertThat(problem.getProperties()).containsEntry("code", code).containsEntry("field", field);
  }
}
