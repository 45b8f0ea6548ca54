package io.roster.activities.onboarding;

import io.roster.activities.clients.ClientAssignments;
import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.CommandMeta;
import io.roster.activities.command.DecidedCommand;
import io.roster.activities.command.Decision;
import io.roster.activities.orgunits.NewUserUnits;
import io.roster.activities.roles.RoleGrants;
import io.roster.activities.schedules.TemplateAssignment;
import io.roster.activities.users.UserDecisions;
import io.roster.db.events.StreamType;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Decides a new staff member's commands the way {@link MemberOnboarder} runs them (same keys, same
 * order, same decisions), without a round trip per command: the member is new (no user id, an email
 * no user has), so every read of its own state would find nothing, and what does not depend on the
 * member is {@link BatchChecks}'. Anything else (an existing user, a refusal, a repeated role, unit
 * or client) answers empty, and the member goes the one-by-one way.
 */
final class MemberPlanner {

  private final CommandExecutor executor;
  private final Handle handle;
  private final BatchChecks checks;
  private final UUID organizationId;
  private final String requestId;

  MemberPlanner(
      CommandExecutor executor,
      Handle handle,
      BatchChecks checks,
      UUID organizationId,
      String requestId) {
    this.executor = executor;
    this.handle = handle;
    this.checks = checks;
    this.organizationId = organizationId;
    this.requestId = requestId;
  }

  /** The member's commands, decided, in the order MemberOnboarder runs them; or empty. */
  Optional<List<DecidedCommand<?>>> plan(int index, UUID actor, StaffMember member, String email) {
    try {
      return Optional.ofNullable(decide(index, actor, member, email));
    } catch (ApplicationFailure refused) {
      return Optional.empty();
    }
  }

  private List<DecidedCommand<?>> decide(int index, UUID actor, StaffMember member, String email) {
    if (member.userId() != null || !checks.mayCreateUsers()) {
      return null;
    }
    var meta = MemberOnboarder.memberMeta(organizationId, requestId, index, actor);
    var first = CommandInputs.text(member.firstName(), "first_name", CommandInputs.MAX_NAME);
    var last = CommandInputs.text(member.lastName(), "last_name", CommandInputs.MAX_NAME);
    var out = new Commands();
    var userMeta = meta.child("user");
    var user =
        out.add(
            "createUser", userMeta, UserDecisions.created(context(userMeta), email, first, last));
    var userId = user.result().userId();
    if (userId.equals(actor)) {
      return null;
    }
    if (member.accessStartDate() != null || member.accessExpirationDate() != null) {
      CommandInputs.dateOrder(
          member.accessStartDate(),
          member.accessExpirationDate(),
          "access_start_date",
          "access_expiration_date");
      if (checks.accessOrganization().isEmpty()) {
        return null;
      }
      out.add(
          "setOrgAccess",
          meta.child("access"),
          UserDecisions.orgAccess(
              userId,
              organizationId,
              member.accessStartDate(),
              member.accessExpirationDate(),
              Optional.empty(),
              out.userVersion));
    }
    var roles = new HashSet<UUID>();
    for (int i = 0; i < member.roles().size(); i++) {
      var role = CommandInputs.required(member.roles().get(i), "roles[" + i + "]");
      CommandInputs.dateOrder(
          role.roleValidFrom(), role.roleValidUntil(), "role_valid_from", "role_valid_until");
      var grant = checks.role(role.roleName(), role.scopePath());
      if (grant.isEmpty() || !roles.add(grant.get().role().id())) {
        return null;
      }
      out.add(
          "assignRole",
          meta.child("role/" + i),
          RoleGrants.assignment(
              userId,
              grant.get().role(),
              organizationId,
              grant.get().scope(),
              role.roleValidFrom(),
              role.roleValidUntil(),
              Optional.empty(),
              out.userVersion));
    }
    if (!planUnits(meta, userId, member, out)) {
      return null;
    }
    if (member.schedule() != null) {
      var schedule = member.schedule();
      CommandInputs.required(schedule.templateId(), "template_id");
      CommandInputs.dateOrder(
          schedule.effectiveFrom(), schedule.effectiveUntil(), "effective_from", "effective_until");
      var template = checks.template(schedule.templateId());
      if (template.isEmpty()) {
        return null;
      }
      out.add(
          "assignUserToSchedule",
          meta.child("schedule"),
          TemplateAssignment.assignment(
              template.get(), userId, schedule.effectiveFrom(), schedule.effectiveUntil(), false));
    }
    var clients = new HashSet<UUID>();
    for (int i = 0; i < member.clientIds().size(); i++) {
      var clientId = CommandInputs.required(member.clientIds().get(i), "client_ids[" + i + "]");
      var org = checks.clientOrganization();
      if (org.isEmpty() || !clients.add(clientId)) {
        return null;
      }
      var clientMeta = meta.child("client/" + i);
      out.add(
          "assignClient",
          clientMeta,
          ClientAssignments.assignment(
              context(clientMeta),
              userId,
              clientId,
              org.get(),
              null,
              null,
              Optional.empty(),
              out.userVersion));
    }
    return out.decided;
  }

  /** The units as MemberOnboarder orders them (the primary first), each assignUnit's decision. */
  private boolean planUnits(CommandMeta meta, UUID userId, StaffMember member, Commands out) {
    if (member.orgUnits().isEmpty()) {
      return true;
    }
    var ordered = MemberOnboarder.primaryFirst(member.orgUnits());
    var org = checks.organization();
    if (org.isEmpty()) {
      return false;
    }
    var units = new NewUserUnits(userId, org.get());
    for (var unit : ordered) {
      var unitId = CommandInputs.required(unit.organizationUnitId(), "organization_unit_id");
      if (checks.unit(unitId).isEmpty() || units.has(unitId)) {
        return false;
      }
      var unitMeta = meta.child("unit/" + unitId);
      out.add(
          "assignUnit",
          unitMeta,
          units.assign(
              context(unitMeta).newId("org_unit_assignment"),
              unitId,
              Boolean.TRUE.equals(unit.isPrimary()),
              null,
              out.userVersion));
    }
    return true;
  }

  private CommandContext context(CommandMeta meta) {
    return executor.context(handle, meta);
  }

  /** The member's decided commands so far, and the user stream version they leave. */
  private static final class Commands {
    final List<DecidedCommand<?>> decided = new ArrayList<>();
    int userVersion;

    <R> Decision<R> add(String command, CommandMeta meta, Decision<R> decision) {
      decided.add(new DecidedCommand<>(command, meta, decision));
      userVersion +=
          (int)
              decision.events().stream().filter(e -> e.stream().type() == StreamType.USER).count();
      return decision;
    }
  }
}
