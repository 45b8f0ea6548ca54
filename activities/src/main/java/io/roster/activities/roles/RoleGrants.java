package io.roster.activities.roles;

import io.roster.activities.command.CommandContext;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of granting a role, shared by {@link RoleActivitiesImpl#assignRole} and by callers that
 * decide many assignments at once (the onboarding bulk path): which role a name means, the scope it
 * is granted at, whether the actor may grant it there, and what assigning it decides. Each refusal
 * is the typed failure the command raises.
 */
public final class RoleGrants {

  public static final String SUPER_ADMIN = "super_admin";

  private RoleGrants() {}

  /** The role by id or by name, usable in {@code orgId}. */
  public static RoleRow role(CommandContext ctx, UUID roleId, String roleName, UUID orgId) {
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
  public static String scopeOf(CommandContext ctx, RoleRow role, UUID orgId, String scopePath) {
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
  public static void authorizeGrant(CommandContext ctx, RoleRow role, String scope) {
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

  /** The path authorization is checked at: the scope, or the root for a global role. */
  public static String targetPath(String scope) {
    return scope == null ? OrganizationActivitiesImpl.ROOT : scope;
  }

  /**
   * What assigning {@code role} at {@code scope} for a window decides, given the user's current
   * assignment of that role in the organization (if any) and the user's stream version: nothing
   * when it is the same, else one {@code user.role.assigned} event expecting that version.
   */
  public static Decision<RoleAssignment> assignment(
      UUID userId,
      RoleRow role,
      UUID orgId,
      String scope,
      LocalDate validFrom,
      LocalDate validUntil,
      Optional<RoleAssignmentRow> existing,
      int userVersion) {
    boolean same =
        existing.isPresent()
            && Objects.equals(existing.get().scopePath(), scope)
            && Objects.equals(existing.get().roleValidFrom(), validFrom)
            && Objects.equals(existing.get().roleValidUntil(), validUntil);
    var result =
        new RoleAssignment(
            userId, role.id(), role.name(), orgId, scope, validFrom, validUntil, !same);
    if (same) {
      return Decision.of(result);
    }
    return Decision.of(result)
        .expecting(StreamRef.user(userId), userVersion)
        .emit(
            EventTypes.USER_ROLE_ASSIGNED,
            userId,
            new RoleAssignedEvent(
                userId, role.id(), role.name(), orgId, scope, validFrom, validUntil));
  }
}
