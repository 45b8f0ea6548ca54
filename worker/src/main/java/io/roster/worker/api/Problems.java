package io.roster.worker.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Builds the API's problem documents: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, and always the extension members {@code code} and {@code field} (null when the
 * problem concerns no single field).
 */
public final class Problems {

  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  private Problems() {}

  public static ProblemDetail of(
      ProblemKind kind, String code, String field, String detail, String instance) {
    var problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
    problem.setType(kind.type());
    problem.setTitle(kind.title());
    if (instance != null) {
      problem.setInstance(java.net.URI.create(instance));
    }
    problem.setProperty("code", code);
    problem.setProperty("field", field);
    return problem;
  }

  /** The members of a problem in their documented order, for writers outside Spring MVC. */
  public static Map<String, Object> members(ProblemDetail problem) {
    var members = new LinkedHashMap<String, Object>();
    members.put("type", String.valueOf(problem.getType()));
    members.put("title", problem.getTitle());
    members.put("status", problem.getStatus());
    members.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      members.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      members.putAll(problem.getProperties());
    }
    return members;
  }
}
