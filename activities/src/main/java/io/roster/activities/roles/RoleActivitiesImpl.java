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
import java.time.LocalDate;
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
          boolean superAdmin = lockIfSuperAdmin(ctx, role.name(), input.orgId());
          RoleGrants.authorizeGrant(ctx, role, scope);
          var stream = StreamRef.user(user.id());
          int version = ctx.streamVersion(stream);
          var existing =
              ctx.attach(RoleQueries.class).findAssignment(user.id(), role.id(), input.orgId());
          if (superAdmin && existing.isPresent()) {
            keepWindowOfASuperAdmin(ctx, user.id(), input.roleValidFrom(), input.roleValidUntil());
          }
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
          boolean superAdmin = lockIfSuperAdmin(ctx, assignment.roleName(), assignment.orgId());
          ctx.authorize("user.role_revoke", RoleGrants.targetPath(assignment.scopePath()));
          if (superAdmin) {
            keepAnActiveSuperAdmin(ctx, assignment.userId(), "role_id");
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
          boolean superAdmin = lockIfSuperAdmin(ctx, current.roleName(), current.orgId());
          ctx.authorize("user.role_assign", RoleGrants.targetPath(current.scopePath()));
          if (superAdmin) {
            keepWindowOfASuperAdmin(
                ctx, current.userId(), input.roleValidFrom(), input.roleValidUntil());
          }
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

  /**
   * For the global super_admin, takes the lock of {@link RoleQueries#lockSuperAdmins} before the
   * command's checks, so that they read what a concurrent revocation or window change committed.
   */
  private static boolean lockIfSuperAdmin(CommandContext ctx, String roleName, UUID orgId) {
    boolean superAdmin = SUPER_ADMIN.equals(roleName) && orgId == null;
    if (superAdmin) {
      ctx.attach(RoleQueries.class).lockSuperAdmins();
    }
    return superAdmin;
  }

  /** Refuses with {@code last_super_admin} unless another active super_admin is left. */
  private static void keepAnActiveSuperAdmin(CommandContext ctx, UUID userId, String field) {
    if (ctx.attach(RoleQueries.class).otherActiveSuperAdmins(userId) == 0) {
      throw Failures.ruleViolated(
          "last_super_admin", field, "user " + userId + " is the last active super_admin");
    }
  }

  /** A new window that ends the user's super_admin today is a revocation: the same rule. */
  private static void keepWindowOfASuperAdmin(
      CommandContext ctx, UUID userId, LocalDate from, LocalDate until) {
    if (!ctx.attach(RoleQueries.class).activeTodayUtc(from, until)) {
      keepAnActiveSuperAdmin(ctx, userId, "role_valid_until");
    }
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
