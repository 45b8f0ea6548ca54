package io.roster.worker.api.limits;

import io.roster.worker.api.ProblemKind;
import io.roster.worker.api.ProblemWriter;
import io.roster.worker.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies under {@code /api/v1}: {@code roster.api.max-onboarding-size} (10 MB) for
 * onboarding submissions, {@code roster.api.max-body-size} (1 MB) for everything else. A declared
 * Content-Length past the limit is answered 413 before the body is read; a chunked body fails with
 * 413 as soon as it passes the limit. Runs after authentication, so anonymous callers get 401.
 */
@Component
public final class BodySizeLimitFilter extends OncePerRequestFilter {

  private static final Pattern ONBOARDINGS =
      Pattern.compile("^/api/v1/organizations/[^/]+/onboardings/?$");

  private final ProblemWriter writer;
  private final long maxBody;
  private final long maxOnboarding;

  public BodySizeLimitFilter(
      ProblemWriter writer,
      @Value("${roster.api.max-body-size:1MB}") DataSize maxBody,
      @Value("${roster.api.max-onboarding-size:10MB}") DataSize maxOnboarding) {
    this.writer = writer;
    this.maxBody = maxBody.toBytes();
    this.maxOnboarding = maxOnboarding.toBytes();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/v1/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = ONBOARDINGS.matcher(request.getRequestURI()).matches() ? maxOnboarding : maxBody;
    if (request.getContentLengthLong() > limit) {
      writer.write(
          response,
          Problems.of(
              ProblemKind.PAYLOAD_TOO_LARGE,
              "body_too_large",
              null,
              "the request body (%d bytes) exceeds this route's limit of %d bytes"
                  .formatted(request.getContentLengthLong(), limit),
              request.getRequestURI()));
      return;
    }
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          private ServletInputStream limited;

          @Override
          public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
              limited = new LimitedInputStream(super.getInputStream(), limit);
            }
            return limited;
          }
        },
        response);
  }
}
