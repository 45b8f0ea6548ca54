package io.roster.worker.api.roles;

import io.roster.activities.roles.AssignRole;
import io.roster.activities.roles.ChangeRoleWindow;
import io.roster.activities.roles.RevokeRole;
import io.roster.activities.roles.RoleActivities;
import io.roster.activities.roles.RoleAssignment;
import io.roster.worker.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's roles. {@code {role}} is a role id or a role name; {@code org_id} absent means the
 * global assignment (super_admin).
 */
@RestController
@RequestMapping("/api/v1/users/{user}/roles")
class RoleController {

  private final RoleActivities roles;

  RoleController(RoleActivities roles) {
    this.roles = roles;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RoleAssignment assign(
      @PathVariable("user") UUID user, @RequestBody AssignRoleRequest body, Caller caller) {
    return roles.assignRole(
        new AssignRole(
            caller.meta(),
            user,
            body.roleName(),
            null,
            body.orgId(),
            body.scopePath(),
            body.roleValidFrom(),
            body.roleValidUntil()));
  }

  @PatchMapping("/{role}")
  RoleAssignment changeWindow(
      @PathVariable("user") UUID user,
      @PathVariable("role") String role,
      @RequestParam(name = "org_id", required = false) UUID orgId,
      @RequestBody RoleWindowRequest body,
      Caller caller) {
    var ref = RoleRef.parse(role);
    return roles.changeRoleWindow(
        new ChangeRoleWindow(
            caller.meta(),
            user,
            ref.id(),
            ref.name(),
            orgId,
            body.roleValidFrom(),
            body.roleValidUntil()));
  }

  @DeleteMapping("/{role}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(
      @PathVariable("user") UUID user,
      @PathVariable("role") String role,
      @RequestParam(name = "org_id", required = false) UUID orgId,
      @RequestParam(name = "reason", required = false) String reason,
      Caller caller) {
    var ref = RoleRef.parse(role);
    roles.revokeRole(
        new RevokeRole(caller.meta(reason), user, ref.id(), ref.name(), orgId, reason));
  }
}
