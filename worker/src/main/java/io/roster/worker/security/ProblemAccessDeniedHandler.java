package io.roster.worker.security;

import io.roster.worker.api.ProblemKind;
import io.roster.worker.api.ProblemWriter;
import io.roster.worker.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as problem+json, for refusals by the filter chain (the commands refuse on their own). */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

  private final ProblemWriter writer;

  ProblemAccessDeniedHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    writer.write(
        response,
        Problems.of(
            ProblemKind.NOT_AUTHORIZED,
            "not_authorized",
            null,
            "access denied",
            request.getRequestURI()));
  }
}
