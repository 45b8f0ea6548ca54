package io.roster.worker.security;

import io.roster.worker.api.ProblemKind;
import io.roster.worker.api.ProblemWriter;
import io.roster.worker.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * 400 as problem+json for requests Spring Security's firewall refuses before anything else runs (an
 * encoded slash or a semicolon in the path, a malformed header...).
 */
@Component
final class ProblemRequestRejectedHandler implements RequestRejectedHandler {

  private final ProblemWriter writer;

  ProblemRequestRejectedHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException {
    writer.write(
        response,
        Problems.of(
            ProblemKind.MALFORMED_REQUEST,
            "request_rejected",
            null,
            "the request was rejected: its URL or headers are not acceptable (an encoded slash or a"
                + " semicolon in the path, for one)",
            null));
  }
}
