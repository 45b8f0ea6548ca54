package io.roster.worker.api.onboarding;

import io.roster.worker.api.ApiProblem;
import io.roster.worker.api.ProblemKind;
import io.roster.worker.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Onboarding a whole staff: JSON ({@code request_id}, {@code staff[]}) or CSV ({@code text/csv},
 * {@code ?request_id=}), answered 202 at once; the workflow applies the members and the status
 * route reports them. Bodies up to 10 MB ({@code roster.api.max-onboarding-size}).
 */
@RestController
@RequestMapping("/api/v1/organizations/{org}/onboardings")
class OnboardingController {

  static final String TEXT_CSV = "text/csv";

  private final OnboardingService onboardings;

  OnboardingController(OnboardingService onboardings) {
    this.onboardings = onboardings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  OnboardingAccepted submitJson(
      @PathVariable("org") UUID org, @RequestBody OnboardingRequest body, Caller caller) {
    return onboardings.submit(org, body.requestId(), body.staff(), caller);
  }

  @PostMapping(consumes = TEXT_CSV)
  @ResponseStatus(HttpStatus.ACCEPTED)
  OnboardingAccepted submitCsv(
      @PathVariable("org") UUID org,
      @RequestParam("request_id") String requestId,
      @RequestBody byte[] body,
      HttpServletRequest request,
      Caller caller) {
    return onboardings.submit(
        org, requestId, StaffCsv.parse(StaffCsv.decode(body, charset(request))), caller);
  }

  @GetMapping("/{request}")
  OnboardingStatusView status(
      @PathVariable("org") UUID org, @PathVariable("request") String request, Caller caller) {
    return onboardings.status(org, request, caller);
  }

  /** The body's charset: UTF-8 unless the Content-Type names another that Java knows. */
  private static Charset charset(HttpServletRequest request) {
    var name = request.getCharacterEncoding();
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      throw new ApiProblem(
          ProblemKind.UNSUPPORTED_MEDIA_TYPE,
          "unsupported_charset",
          "Content-Type",
          "charset " + name + " is not supported; send UTF-8");
    }
  }
}
