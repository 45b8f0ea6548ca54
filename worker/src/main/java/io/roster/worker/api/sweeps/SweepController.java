package io.roster.worker.api.sweeps;

import io.roster.worker.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ad hoc sweeps. Their workflow ids contain {@code /}; the status route takes the id unencoded as
 * the rest of the path: {@code GET /api/v1/sweeps/role-expiry/2025-01-31T00:00:00Z-1a2b3c4d}.
 */
@RestController
@RequestMapping("/api/v1/sweeps")
class SweepController {

  private final SweepService sweeps;

  SweepController(SweepService sweeps) {
    this.sweeps = sweeps;
  }

  @PostMapping("/role-expiry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SweepStarted roleExpiry(@RequestBody(required = false) SweepStartRequest body, Caller caller) {
    return sweeps.start(SweepKind.ROLE_EXPIRY, body == null ? null : body.asOf(), caller);
  }

  @PostMapping("/pending-activation")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SweepStarted pendingActivation(
      @RequestBody(required = false) SweepStartRequest body, Caller caller) {
    return sweeps.start(SweepKind.PENDING_ACTIVATION, body == null ? null : body.asOf(), caller);
  }

  @GetMapping("/{*workflowId}")
  SweepStatusView status(@PathVariable("workflowId") String workflowId, Caller caller) {
    return sweeps.status(workflowId.startsWith("/") ? workflowId.substring(1) : workflowId, caller);
  }
}
