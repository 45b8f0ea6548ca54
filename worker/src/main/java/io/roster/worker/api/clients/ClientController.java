package io.roster.worker.api.clients;

import io.roster.activities.clients.AssignClient;
import io.roster.activities.clients.ClientAssignment;
import io.roster.activities.clients.ClientAssignmentActivities;
import io.roster.activities.clients.UnassignClient;
import io.roster.worker.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A staff member's caseload (000). */
@RestController
@RequestMapping("/api/v1/users/{user}/clients")
class ClientController {

  private final ClientAssignmentActivities clients;

  ClientController(ClientAssignmentActivities clients) {
    this.clients = clients;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ClientAssignment assign(
      @PathVariable("user") UUID user, @RequestBody AssignClientRequest body, Caller caller) {
    return clients.assignClient(
        new AssignClient(
            caller.meta(),
            user,
            body.clientId(),
            body.organizationId(),
            body.assignedUntil(),
            body.notes()));
  }

  @DeleteMapping("/{client}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unassign(
      @PathVariable("user") UUID user,
      @PathVariable("client") UUID client,
      @RequestParam(name = "organization_id") UUID organizationId,
      @RequestParam(name = "reason", required = false) String reason,
      Caller caller) {
    clients.unassignClient(
        new UnassignClient(caller.meta(reason), user, client, organizationId, reason));
  }
}
