package io.roster.activities.onboarding;

import io.roster.activities.clients.AssignClient;
import io.roster.activities.clients.ClientAssignmentActivities;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.CommandMeta;
import io.roster.activities.command.Failures;
import io.roster.activities.orgunits.AssignUnit;
import io.roster.activities.orgunits.OrgUnitAssignmentActivities;
import io.roster.activities.roles.AssignRole;
import io.roster.activities.roles.RoleActivities;
import io.roster.activities.schedules.AssignUserToSchedule;
import io.roster.activities.schedules.ScheduleTemplateActivities;
import io.roster.activities.schedules.TemplateStreamLock;
import io.roster.activities.users.CreateUser;
import io.roster.activities.users.SetOrgAccess;
import io.roster.activities.users.UserActivities;
import io.roster.db.onboarding.OnboardingQueries;
import io.roster.db.users.UserQueries;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies one staff member in one transaction through the ordinary commands, as the requesting
 * actor, and marks the member onboarded in that same transaction. Any refusal rolls all of it back
 * and propagates.
 */
final class MemberOnboarder {

  private final CommandExecutor executor;
  private final UserActivities users;
  private final RoleActivities roles;
  private final OrgUnitAssignmentActivities units;
  private final ScheduleTemplateActivities schedules;
  private final ClientAssignmentActivities clients;

  MemberOnboarder(
      CommandExecutor executor,
      UserActivities users,
      RoleActivities roles,
      OrgUnitAssignmentActivities units,
      ScheduleTemplateActivities schedules,
      ClientAssignmentActivities clients) {
    this.executor = executor;
    this.users = users;
    this.roles = roles;
    this.units = units;
    this.schedules = schedules;
    this.clients = clients;
  }

  /** Onboards member {@code index} of the request; returns its user id. */
  UUID apply(UUID orgId, String requestId, int index, UUID actor, StaffMember member) {
    var meta = memberMeta(orgId, requestId, index, actor);
    return executor.inOneTransaction(
        () -> {
          var userId = user(meta, member);
          if (member.accessStartDate() != null || member.accessExpirationDate() != null) {
            users.setOrgAccess(
                new SetOrgAccess(
                    meta.child("access"),
                    userId,
                    orgId,
                    member.accessStartDate(),
                    member.accessExpirationDate()));
          }
          for (int i = 0; i < member.roles().size(); i++) {
            var role = CommandInputs.required(member.roles().get(i), "roles[" + i + "]");
            roles.assignRole(
                new AssignRole(
                    meta.child("role/" + i),
                    userId,
                    role.roleName(),
                    null,
                    orgId,
                    role.scopePath(),
                    role.roleValidFrom(),
                    role.roleValidUntil()));
          }
          assignUnits(meta, orgId, userId, member);
          for (int i = 0; i < member.clientIds().size(); i++) {
            clients.assignClient(
                new AssignClient(
                    meta.child("client/" + i),
                    userId,
                    CommandInputs.required(member.clientIds().get(i), "client_ids[" + i + "]"),
                    orgId,
                    null,
                    null));
          }
          if (member.schedule() != null) {
            joinTemplate(meta, userId, member.schedule());
          }
          executor
              .joinedHandle()
              .attach(OnboardingQueries.class)
              .markSucceeded(orgId, requestId, index, userId);
          return userId;
        });
  }

  /**
   * Joins the schedule template, last. Every member joining a template appends to that template's
   * one stream: parallel batches would race for its next version, and a member that loses the race
   * eight times fails its whole batch. So the member first takes a transaction lock named after the
   * template and members of one template queue for it. Taken after the member's other writes, it is
   * held only for this append and the commit, and its holder never waits for anything a waiter
   * holds (no deadlock between two members of one user).
   */
  private void joinTemplate(CommandMeta meta, UUID userId, StaffSchedule schedule) {
    TemplateStreamLock.take(executor.joinedHandle(), schedule.templateId());
    schedules.assignUserToSchedule(
        new AssignUserToSchedule(
            meta.child("schedule"),
            schedule.templateId(),
            userId,
            schedule.effectiveFrom(),
            schedule.effectiveUntil()));
  }

  /**
   * The member's user: the given id, else the user with that email, else a new one. Two requests
   * naming one new email at once both look it up, find nothing and create: the loser's create is
   * refused with email_taken (the winner committed first) or its append collides on the email and
   * the member's transaction is decided again; either way it ends on the winner's user.
   */
  private UUID user(CommandMeta meta, StaffMember member) {
    var queries = executor.joinedHandle().attach(UserQueries.class);
    if (member.userId() != null) {
      return queries
          .findUser(member.userId())
          .orElseThrow(
              () ->
                  Failures.notFound(
                      "user_not_found", "user_id", "user " + member.userId() + " does not exist"))
          .id();
    }
    var email = CommandInputs.email(member.email());
    var existing = queries.findUserByEmail(email);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    try {
      return users
          .createUser(
              new CreateUser(meta.child("user"), email, member.firstName(), member.lastName()))
          .userId();
    } catch (ApplicationFailure refused) {
      // another request created the user after the look-up above: that user is the member
      if (!"email_taken".equals(Failures.code(refused))) {
        throw refused;
      }
      return queries.findUserByEmail(email).orElseThrow(() -> refused).id();
    }
  }

  /** The meta of member {@code index}'s commands; each command's key is a child of its key. */
  static CommandMeta memberMeta(UUID orgId, String requestId, int index, UUID actor) {
    return new CommandMeta(
        actor,
        "onboard/" + orgId + "/" + requestId + "/" + index,
        "workflow",
        "onboard-staff/" + orgId + "/" + requestId,
        null);
  }

  /** The unit marked primary goes first, so it is the primary; at most one may be marked. */
  static List<StaffUnit> primaryFirst(List<StaffUnit> units) {
    var ordered = new ArrayList<StaffUnit>();
    for (var unit : units) {
      CommandInputs.required(unit, "org_units");
      if (Boolean.TRUE.equals(unit.isPrimary())) {
        if (!ordered.isEmpty() && Boolean.TRUE.equals(ordered.get(0).isPrimary())) {
          throw Failures.validation(
              "multiple_primary_units",
              "org_units",
              "at most one of a member's org_units may be primary");
        }
        ordered.add(0, unit);
      } else {
        ordered.add(unit);
      }
    }
    return ordered;
  }

  private void assignUnits(CommandMeta meta, UUID orgId, UUID userId, StaffMember member) {
    for (var unit : primaryFirst(member.orgUnits())) {
      units.assignUnit(
          new AssignUnit(
              meta.child("unit/" + unit.organizationUnitId()),
              userId,
              unit.organizationUnitId(),
              orgId,
              Boolean.TRUE.equals(unit.isPrimary()),
              null));
    }
  }
}
