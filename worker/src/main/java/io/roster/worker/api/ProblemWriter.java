package io.roster.worker.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to a servlet response: for the places that answer before
 * Spring MVC does (the security filters, the body size limit).
 */
@Component
public final class ProblemWriter {

  private final JsonMapper mapper;

  public ProblemWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(Problems.PROBLEM_JSON.toString());
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), Problems.members(problem));
  }
}
