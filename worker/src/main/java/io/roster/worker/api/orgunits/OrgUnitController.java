package io.roster.worker.api.orgunits;

import io.roster.activities.orgunits.AssignUnit;
import io.roster.activities.orgunits.ChangeUnitAssignment;
import io.roster.activities.orgunits.OrgUnitAssignmentActivities;
import io.roster.activities.orgunits.UnitAssignmentResult;
import io.roster.worker.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's organization unit assignments (003). Every answer lists the user's assignments in the
 * organization after the command ({@code assignments}).
 */
@RestController
@RequestMapping("/api/v1/users/{user}/org-units")
class OrgUnitController {

  private final OrgUnitAssignmentActivities units;

  OrgUnitController(OrgUnitAssignmentActivities units) {
    this.units = units;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UnitAssignmentResult assign(
      @PathVariable("user") UUID user, @RequestBody AssignUnitRequest body, Caller caller) {
    return units.assignUnit(
        new AssignUnit(
            caller.meta(),
            user,
            body.organizationUnitId(),
            null,
            Boolean.TRUE.equals(body.isPrimary()),
            body.notes()));
  }

  @PostMapping("/{assignment}/deactivate")
  UnitAssignmentResult deactivate(
      @PathVariable("user") UUID user,
      @PathVariable("assignment") UUID assignment,
      @RequestBody(required = false) ReasonRequest body,
      Caller caller) {
    return units.deactivateUnitAssignment(change(user, assignment, body, caller));
  }

  @PostMapping("/{assignment}/reactivate")
  UnitAssignmentResult reactivate(
      @PathVariable("user") UUID user,
      @PathVariable("assignment") UUID assignment,
      @RequestBody(required = false) ReasonRequest body,
      Caller caller) {
    return units.reactivateUnitAssignment(change(user, assignment, body, caller));
  }

  @PostMapping("/{assignment}/primary")
  UnitAssignmentResult primary(
      @PathVariable("user") UUID user,
      @PathVariable("assignment") UUID assignment,
      @RequestBody(required = false) ReasonRequest body,
      Caller caller) {
    return units.setPrimaryUnit(change(user, assignment, body, caller));
  }

  private static ChangeUnitAssignment change(
      UUID user, UUID assignment, ReasonRequest body, Caller caller) {
    var reason = body == null ? null : body.reason();
    return new ChangeUnitAssignment(caller.meta(reason), user, assignment, null, null, reason);
  }
}
