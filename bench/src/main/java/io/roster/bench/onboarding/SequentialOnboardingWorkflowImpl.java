package io.roster.bench.onboarding;

import io.roster.activities.clients.AssignClient;
import io.roster.activities.clients.ClientAssignmentActivities;
import io.roster.activities.command.CommandMeta;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.orgunits.AssignUnit;
import io.roster.activities.orgunits.OrgUnitAssignmentActivities;
import io.roster.activities.roles.AssignRole;
import io.roster.activities.roles.RoleActivities;
import io.roster.activities.schedules.AssignUserToSchedule;
import io.roster.activities.schedules.ScheduleTemplateActivities;
import io.roster.activities.users.CreateUser;
import io.roster.activities.users.UserActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.UUID;

/**
 * See {@link SequentialOnboardingWorkflow}: the commands of each member, one activity call each, in
 * the order a member's onboarding applies them (primary unit first).
 */
public final class SequentialOnboardingWorkflowImpl implements SequentialOnboardingWorkflow {

  /** One command is milliseconds; a minute only bounds a stuck call. */
  private static final ActivityOptions OPTIONS =
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build();

  private final UserActivities users = Workflow.newActivityStub(UserActivities.class, OPTIONS);
  private final RoleActivities roles = Workflow.newActivityStub(RoleActivities.class, OPTIONS);
  private final OrgUnitAssignmentActivities units =
      Workflow.newActivityStub(OrgUnitAssignmentActivities.class, OPTIONS);
  private final ScheduleTemplateActivities schedules =
      Workflow.newActivityStub(ScheduleTemplateActivities.class, OPTIONS);
  private final ClientAssignmentActivities clients =
      Workflow.newActivityStub(ClientAssignmentActivities.class, OPTIONS);

  @Override
  public int onboard(SequentialOnboardingInput input) {
    var org = input.organizationId();
    for (int i = 0; i < input.staff().size(); i++) {
      var member = input.staff().get(i);
      var key = "sequential/" + input.requestId() + "/" + i + "/";
      var userId =
          users
              .createUser(
                  new CreateUser(
                      meta(input, key + "user"),
                      member.email(),
                      member.firstName(),
                      member.lastName()))
              .userId();
      for (int r = 0; r < member.roles().size(); r++) {
        var role = member.roles().get(r);
        roles.assignRole(
            new AssignRole(
                meta(input, key + "role/" + r),
                userId,
                role.roleName(),
                null,
                org,
                role.scopePath(),
                role.roleValidFrom(),
                role.roleValidUntil()));
      }
      assignUnits(input, key, userId, member);
      if (member.schedule() != null) {
        schedules.assignUserToSchedule(
            new AssignUserToSchedule(
                meta(input, key + "schedule"),
                member.schedule().templateId(),
                userId,
                member.schedule().effectiveFrom(),
                member.schedule().effectiveUntil()));
      }
      for (int c = 0; c < member.clientIds().size(); c++) {
        clients.assignClient(
            new AssignClient(
                meta(input, key + "client/" + c),
                userId,
                member.clientIds().get(c),
                org,
                null,
                null));
      }
    }
    return input.staff().size();
  }

  private void assignUnits(
      SequentialOnboardingInput input, String key, UUID userId, StaffMember member) {
    var ordered =
        member.orgUnits().stream()
            .sorted((a, b) -> Boolean.compare(isPrimary(b.isPrimary()), isPrimary(a.isPrimary())))
            .toList();
    for (var unit : ordered) {
      units.assignUnit(
          new AssignUnit(
              meta(input, key + "unit/" + unit.organizationUnitId()),
              userId,
              unit.organizationUnitId(),
              input.organizationId(),
              isPrimary(unit.isPrimary()),
              null));
    }
  }

  private static boolean isPrimary(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  private static CommandMeta meta(SequentialOnboardingInput input, String key) {
    return new CommandMeta(input.actorId(), key, "workflow", input.requestId(), null);
  }
}
