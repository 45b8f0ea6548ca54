package io.roster.activities.roles;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.roles.RoleAssignmentRow;
import io.roster.db.roles.RoleQueries;
import java.util.Objects;
import java.util.UUID;

/** Role assignments over the event store; see {@link RoleActivities}. */
public final class RoleActivitiesImpl implements RoleActivities {

  static final String SUPER_ADMIN = RoleGrants.SUPER_ADMIN;

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
          var role = RoleGrants.role(ctx, input.roleId(), input.roleName(), input.orgId());
          var scope = RoleGrants.scopeOf(ctx, role, input.orgId(), input.scopePath());
          var user = Lookups.user(ctx, input.userId(), "user_id");
          ctx.forbidSelf(user.id(), "assign roles");
          RoleGrants.authorizeGrant(ctx, role, scope);
          var stream = StreamRef.user(user.id());
          int version = ctx.streamVersion(stream);
          var existing =
              ctx.attach(RoleQueries.class).findAssignment(user.id(), role.id(), input.orgId());
          return RoleGrants.assignment(
              user.id(),
              role,
              input.orgId(),
              scope,
              input.roleValidFrom(),
              input.roleValidUntil(),
              existing,
              version);
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
          boolean superAdmin =
              SUPER_ADMIN.equals(assignment.roleName()) && assignment.orgId() == null;
          if (superAdmin) {
            // Before the checks, so that they read what a concurrent revocation committed.
            ctx.attach(RoleQueries.class).lockSuperAdmins();
          }
          ctx.authorize("user.role_revoke", RoleGrants.targetPath(assignment.scopePath()));
          if (superAdmin
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
          ctx.authorize("user.role_assign", RoleGrants.targetPath(current.scopePath()));
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

  private static RoleAssignmentRow assignment(
      CommandContext ctx, UUID userId, UUID roleId, String roleName, UUID orgId) {
    CommandInputs.required(userId, "user_id");
    var role = RoleGrants.role(ctx, roleId, roleName, orgId);
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
}
