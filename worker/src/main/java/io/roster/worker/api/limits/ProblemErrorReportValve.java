package io.roster.worker.api.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's answer to a request it refuses before any servlet sees it (a request line or headers
 * past {@code max-http-request-header-size}, a malformed request line): problem+json like every
 * other error of the API, instead of Tomcat's HTML page with its name and version. The
 * hostile-input corpus found a 20,000-character query answered 400 {@code text/html}.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

  public ProblemErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    boolean client = status < 500;
    var json =
        """
        {"type":"urn:roster:problem:%s","title":"%s","status":%d,"detail":"%s","code":"%s","field":null}"""
            .formatted(
                client ? "malformed-request" : "internal-error",
                client ? "Malformed request" : "Internal error",
                status,
                client
                    ? "the request could not be read (HTTP " + status + ")"
                    : "an unexpected error occurred; it has been logged",
                client ? "http_" + status : "internal_error");
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      var bytes = json.getBytes(StandardCharsets.UTF_8);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response committed: nothing more to say
    }
  }
}
