package io.roster.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A 4xx or 5xx answer: the status and what its application/problem+json body says ({@code detail},
 * {@code code}, {@code field}), or the start of whatever body it had.
 */
final class ApiProblem extends RuntimeException {

  private final int status;

  private ApiProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiProblem of(int status, String body, JsonNode problem) {
    var text = new StringBuilder("HTTP ").append(status);
    if (problem != null && problem.isObject()) {
      var title = problem.path("title").asText("");
      var detail = problem.path("detail").asText("");
      if (!title.isBlank()) {
        text.append(' ').append(title);
      }
      if (!detail.isBlank()) {
        text.append(": ").append(detail);
      }
      var code = problem.path("code").asText("");
      var field = problem.path("field").asText("");
      if (!code.isBlank()) {
        text.append("\n  code: ").append(code);
      }
      if (!field.isBlank()) {
        text.append("\n  field: ").append(field);
      }
    } else if (body != null && !body.isBlank()) {
      text.append(": ").append(body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
    if (status == 401) {
      text.append("\n  (pass --token or set ROSTER_TOKEN to a valid bearer token)");
    }
    return new ApiProblem(status, text.toString());
  }

  int status() {
    return status;
  }
}
