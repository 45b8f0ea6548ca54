package io.roster.activities.onboarding;

import io.roster.activities.clients.ClientAssignments;
import io.roster.activities.command.CommandContext;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.activities.orgunits.NewUserUnits;
import io.roster.activities.roles.RoleGrants;
import io.roster.activities.schedules.TemplateAssignment;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.organizations.OrganizationRow;
import io.roster.db.organizations.UnitRow;
import io.roster.db.roles.RoleRow;
import io.roster.db.schedules.ScheduleTemplateRow;
import io.temporal.failure.ApplicationFailure;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The checks of a batch's commands that do not depend on the member (the organization, the actor's
 * permissions, the roles, units and template named), made once each in the batch's transaction with
 * the commands' own rule code. A refusal is remembered as empty: the members it concerns go the
 * one-by-one way, where the command refuses them with its own code and sentence.
 */
final class BatchChecks {

  /** A role the actor may grant at a scope of the organization. */
  record Grant(RoleRow role, String scope) {}

  private final CommandContext ctx;
  private final UUID organizationId;
  private final Map<Object, Optional<?>> memo = new HashMap<>();

  BatchChecks(CommandContext ctx, UUID organizationId) {
    this.ctx = ctx;
    this.organizationId = organizationId;
  }

  /** createUser: the actor holds user.role_assign somewhere. */
  boolean mayCreateUsers() {
    return check(
            key("create-users"),
            () -> {
              if (!ctx.hasPermissionAnywhere(BaseCatalogue.ROLE_ASSIGN)) {
                throw Failures.notAuthorized("not_authorized", "may not create users");
              }
              return true;
            })
        .isPresent();
  }

  /** The organization, active: what assignUnit's plan reads its unit limit from. */
  Optional<OrganizationRow> organization() {
    return check(
        key("organization"),
        () -> Lookups.activeOrganization(ctx, organizationId, "organization_id"));
  }

  /** setOrgAccess: the organization is active and the actor may assign roles at its path. */
  Optional<OrganizationRow> accessOrganization() {
    return check(
        key("access"),
        () -> {
          var org = Lookups.activeOrganization(ctx, organizationId, "org_id");
          ctx.authorize(BaseCatalogue.ROLE_ASSIGN, org.path());
          return org;
        });
  }

  /** assignRole: the role by name, its scope, and the actor's right to grant it there. */
  Optional<Grant> role(String roleName, String scopePath) {
    return check(
        key("role", roleName, scopePath),
        () -> {
          var role = RoleGrants.role(ctx, null, roleName, organizationId);
          var scope = RoleGrants.scopeOf(ctx, role, organizationId, scopePath);
          RoleGrants.authorizeGrant(ctx, role, scope);
          return new Grant(role, scope);
        });
  }

  /** assignUnit: the unit, checked as the command checks it. */
  Optional<UnitRow> unit(UUID unitId) {
    return check(key("unit", unitId), () -> NewUserUnits.checkedUnit(ctx, unitId, organizationId));
  }

  /** assignUserToSchedule: the template, checked as the command checks it. */
  Optional<ScheduleTemplateRow> template(UUID templateId) {
    return check(
        key("template", templateId), () -> TemplateAssignment.assignableTemplate(ctx, templateId));
  }

  /** The template read and checked again now (under the batch's lock on it), not remembered. */
  Optional<ScheduleTemplateRow> templateNow(UUID templateId) {
    try {
      return Optional.of(TemplateAssignment.assignableTemplate(ctx, templateId));
    } catch (ApplicationFailure refused) {
      return Optional.empty();
    }
  }

  /** assignClient: the organization, checked as the command checks it. */
  Optional<OrganizationRow> clientOrganization() {
    return check(key("clients"), () -> ClientAssignments.checkedOrganization(ctx, organizationId));
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> check(Object key, Supplier<T> check) {
    var known = memo.get(key);
    if (known == null) {
      try {
        known = Optional.of(check.get());
      } catch (ApplicationFailure refused) {
        known = Optional.empty();
      }
      memo.put(key, known);
    }
    return (Optional<T>) known;
  }

  private static Object key(Object... parts) {
    return Arrays.asList(parts);
  }
}
