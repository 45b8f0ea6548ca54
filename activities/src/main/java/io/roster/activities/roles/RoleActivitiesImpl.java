package io.roster.activities.roles;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.activities.organizations.OrganizationActivitiesImpl;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.organizations.OrganizationQueries;
import io.roster.db.roles.RoleAssignmentRow;
import io.roster.db.roles.RoleQueries;
import io.roster.db.roles.RoleRow;
import java.util.Objects;
import java.util.UUID;

/** Role assignments over the event store; see {@link RoleActivities}. */
public final class RoleActivitiesImpl implements RoleActivities {

  static final String SUPER_ADMIN = "super_admin";

  private final CommandExecutor executor;

  public RoleActivitiesImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public RoleAssignment assignRole(AssignRole input) {
    return executor.execute(
        "assignRole",
        input.meta(),
        RoleAssignment.class,
        ctx -> {
          CommandInputs.required(input.userId(), "user_id");
          CommandInputs.dateOrder(
              input.roleValidFrom(), input.roleValidUntil(), "role_valid_from", "role_valid_until");
          var role = role(ctx, input.roleId(), input.roleName(), input.orgId());
          var scope = scopeOf(ctx, role, input.orgId(), input.scopePath());
          var user = Lookups.user(ctx, input.userId(), "user_id");
          ctx.forbidSelf(user.id(), "assign roles");
          authorizeGrant(ctx, role, scope);
          var stream = StreamRef.user(user.id());
          int version = ctx.streamVersion(stream);
          var existing =
              ctx.attach(RoleQueries.class).findAssignment(user.id(), role.id(), input.orgId());
          boolean same =
              existing.isPresent()
                  && Objects.equals(existing.get().scopePath(), scope)
                  && Objects.equals(existing.get().roleValidFrom(), input.roleValidFrom())
                  && Objects.equals(existing.get().roleValidUntil(), input.roleValidUntil());
          var result =
              new RoleAssignment(
                  user.id(),
                  role.id(),
                  role.name(),
                  input.orgId(),
                  scope,
                  input.roleValidFrom(),
                  input.roleValidUntil(),
                  !same);
          if (same) {
            return Decision.of(result);
          }
          return Decision.of(result)
              .expecting(stream, version)
              .emit(
                  EventTypes.USER_ROLE_ASSIGNED,
                  user.id(),
                  new RoleAssignedEvent(
                      user.id(),
                      role.id(),
                      role.name(),
                      input.orgId(),
                      scope,
                      input.roleValidFrom(),
                      input.roleValidUntil()));
        });
  }

  @Override
  public RoleRevoked revokeRole(RevokeRole input) {
    return executor.execute(
        "revokeRole",
        input.meta(),
        RoleRevoked.class,
        ctx -> {
          var reason =
              CommandInputs.optionalText(input.reason(), "reason", CommandInputs.MAX_NOTES);
          var assignment =
              assignment(ctx, input.userId(), input.roleId(), input.roleName(), input.orgId());
          ctx.forbidSelf(assignment.userId(), "revoke roles");
          ctx.authorize("user.role_revoke", targetPath(assignment.scopePath()));
          if (SUPER_ADMIN.equals(assignment.roleName())
              && assignment.orgId() == null
              && ctx.attach(RoleQueries.class).otherActiveSuperAdmins(assignment.userId()) == 0) {
            throw Failures.ruleViolated(
                "last_super_admin",
                "role_id",
                "user " + assignment.userId() + " is the last active super_admin");
          }
          var stream = StreamRef.user(assignment.userId());
          return Decision.of(
                  new RoleRevoked(
                      assignment.userId(),
                      assignment.roleId(),
                      assignment.roleName(),
                      assignment.orgId()))
              .expecting(stream, ctx.streamVersion(stream))
              .emit(
                  EventTypes.USER_ROLE_REVOKED,
                  assignment.userId(),
                  new RoleRevokedEvent(
                      assignment.userId(), assignment.roleId(), assignment.orgId(), reason));
        });
  }

  @Override
  public RoleAssignment changeRoleWindow(ChangeRoleWindow input) {
    return executor.execute(
        "changeRoleWindow",
        input.meta(),
        RoleAssignment.class,
        ctx -> {
          CommandInputs.dateOrder(
              input.roleValidFrom(), input.roleValidUntil(), "role_valid_from", "role_valid_until");
          var current =
              assignment(ctx, input.userId(), input.roleId(), input.roleName(), input.orgId());
          ctx.forbidSelf(current.userId(), "change role windows");
          ctx.authorize("user.role_assign", targetPath(current.scopePath()));
          boolean same =
              Objects.equals(current.roleValidFrom(), input.roleValidFrom())
                  && Objects.equals(current.roleValidUntil(), input.roleValidUntil());
          var result =
              new RoleAssignment(
                  current.userId(),
                  current.roleId(),
                  current.roleName(),
                  current.orgId(),
                  current.scopePath(),
                  input.roleValidFrom(),
                  input.roleValidUntil(),
                  !same);
          if (same) {
            return Decision.of(result);
          }
          var stream = StreamRef.user(current.userId());
          return Decision.of(result)
              .expecting(stream, ctx.streamVersion(stream))
              .emit(
                  EventTypes.USER_ROLE_ASSIGNED,
                  current.userId(),
                  new RoleAssignedEvent(
                      current.userId(),
                      current.roleId(),
                      current.roleName(),
                      current.orgId(),
                      current.scopePath(),
                      input.roleValidFrom(),
                      input.roleValidUntil()));
        });
  }

  /** The role by id or by name, usable in {@code orgId}. */
  private static RoleRow role(CommandContext ctx, UUID roleId, String roleName, UUID orgId) {
    var roles = ctx.attach(RoleQueries.class);
    var found =
        roleId != null
            ? roles.findRole(roleId)
            : roles.findRoleByName(CommandInputs.text(roleName, "role_name", 100), orgId);
    var field = roleId != null ? "role_id" : "role_name";
    var role =
        found
            .filter(r -> r.organizationId() == null || r.organizationId().equals(orgId))
            .orElseThrow(
                () ->
                    Failures.notFound(
                        "role_not_found",
                        field,
                        "role "
                            + (roleId != null ? roleId : "'" + roleName + "'")
                            + " does not exist"
                            + (orgId == null ? "" : " in organization " + orgId)));
    if (!role.isActive()) {
      throw Failures.ruleViolated("role_inactive", field, "role " + role.name() + " is not active");
    }
    return role;
  }

  /** The assignment's scope: checked to exist, be active and lie inside the organization. */
  private static String scopeOf(CommandContext ctx, RoleRow role, UUID orgId, String scopePath) {
    if (orgId == null) {
      if (!SUPER_ADMIN.equals(role.name())) {
        throw Failures.validation(
            "org_required",
            "org_id",
            "role " + role.name() + " is assigned in an organization: org_id is required");
      }
      if (scopePath != null) {
        throw Failures.validation(
            "scope_outside_organization", "scope_path", "a global role has no scope_path");
      }
      return null;
    }
    if (SUPER_ADMIN.equals(role.name())) {
      throw Failures.validation(
          "super_admin_is_global",
          "org_id",
          "super_admin is assigned globally: org_id must be null");
    }
    var org = Lookups.activeOrganization(ctx, orgId, "org_id");
    if (scopePath == null) {
      return org.path();
    }
    var path = CommandInputs.ltree(scopePath, "scope_path");
    var scope =
        ctx.attach(OrganizationQueries.class)
            .findScope(path)
            .orElseThrow(
                () ->
                    Failures.validation(
                        "unknown_scope_path",
                        "scope_path",
                        "scope_path " + path + " is no organization or unit of Roster"));
    if (!scope.organizationId().equals(org.id())) {
      throw Failures.validation(
          "scope_outside_organization",
          "scope_path",
          "scope_path "
              + path
              + " belongs to organization "
              + scope.organizationId()
              + ", not "
              + org.id());
    }
    if (!scope.active()) {
      throw Failures.ruleViolated(
          "scope_inactive", "scope_path", "scope_path " + path + " is not active");
    }
    return path;
  }

  /**
   * The actor needs {@code user.role_assign} at the scope (so never wider than its own) and every
   * permission the role grants, there: nobody hands out more than they hold.
   */
  private static void authorizeGrant(CommandContext ctx, RoleRow role, String scope) {
    var target = targetPath(scope);
    ctx.authorize("user.role_assign", target);
    for (var permission : ctx.attach(RoleQueries.class).permissionsOf(role.id())) {
      if (!ctx.hasPermission(permission, target)) {
        throw Failures.notAuthorized(
            "privilege_escalation",
            "actor %s may not grant role %s: it lacks %s at %s"
                .formatted(ctx.meta().actorId(), role.name(), permission, target));
      }
    }
  }

  private static RoleAssignmentRow assignment(
      CommandContext ctx, UUID userId, UUID roleId, String roleName, UUID orgId) {
    CommandInputs.required(userId, "user_id");
    var role = role(ctx, roleId, roleName, orgId);
    return ctx.attach(RoleQueries.class)
        .findAssignment(userId, role.id(), orgId)
        .orElseThrow(
            () ->
                Failures.notFound(
                    "role_assignment_not_found",
                    "role_id",
                    "user %s holds no role %s in %s"
                        .formatted(
                            userId,
                            role.name(),
                            orgId == null ? "the platform" : "organization " + orgId)));
  }

  /** The path authorization is checked at: the scope, or the root for a global role. */
  private static String targetPath(String scope) {
    return scope == null ? OrganizationActivitiesImpl.ROOT : scope;
  }
}
