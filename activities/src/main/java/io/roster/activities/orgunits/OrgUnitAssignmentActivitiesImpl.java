package io.roster.activities.orgunits;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.organizations.UnitRow;
import io.roster.db.orgunits.UnitAssignmentRow;

/** Unit assignments over the event store; see {@link OrgUnitAssignmentActivities}. */
public final class OrgUnitAssignmentActivitiesImpl implements OrgUnitAssignmentActivities {

  /** How a change command decides, once the assignment is found and the actor authorized. */
  @FunctionalInterface
  private interface Change {
    Decision<UnitAssignmentResult> decide(
        CommandContext ctx, UnitRow unit, UnitAssignmentRow assignment, String reason);
  }

  private final CommandExecutor executor;

  public OrgUnitAssignmentActivitiesImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public UnitAssignmentResult assignUnit(AssignUnit input) {
    return executor.execute(
        "assignUnit",
        input.meta(),
        UnitAssignmentResult.class,
        ctx -> {
          CommandInputs.required(input.userId(), "user_id");
          if (input.isPrimary() == null) {
            throw Failures.validation(
                "is_primary_boolean_required", "is_primary", "is_primary must be true or false");
          }
          var notes = CommandInputs.notes(input.notes());
          var unit = UnitAssignmentChecks.existingUnit(ctx, input.organizationUnitId());
          UnitAssignmentChecks.sameOrganization(unit.organizationId(), input.organizationId());
          UnitAssignmentChecks.authorize(ctx, unit);
          var userId = UnitAssignmentChecks.existingUser(ctx, input.userId());
          UnitAssignmentChecks.assignable(unit);
          var org = Lookups.activeOrganization(ctx, unit.organizationId(), "organization_id");
          var plan = UnitAssignmentChecks.plan(ctx, userId, org);
          var existing = plan.idOfUnit(unit.id());
          if (existing.isEmpty()) {
            var id = ctx.newId("org_unit_assignment");
            plan.assign(id, unit.id(), input.isPrimary(), notes);
            return plan.decision(id, false);
          }
          var id = existing.get();
          boolean reactivate = !plan.isActive(id);
          if (reactivate) {
            plan.reactivate(id, input.isPrimary(), null);
          } else if (input.isPrimary()) {
            plan.makePrimary(id);
          }
          return plan.decision(id, reactivate);
        });
  }

  @Override
  public UnitAssignmentResult deactivateUnitAssignment(ChangeUnitAssignment input) {
    return change(
        "deactivateUnitAssignment",
        input,
        (ctx, unit, assignment, reason) -> {
          if (ctx.meta().isSystem()) {
            throw Failures.validation(
                "deactivation_requires_deactivated_by",
                "deactivated_by",
                "a deactivation records who made it: the system (no actor) may not deactivate");
          }
          var org = Lookups.organization(ctx, assignment.organizationId(), "organization_id");
          var plan = UnitAssignmentChecks.plan(ctx, assignment.userId(), org);
          if (plan.isActive(assignment.id())) {
            plan.deactivate(assignment.id(), reason);
          }
          return plan.decision(assignment.id(), false);
        });
  }

  @Override
  public UnitAssignmentResult reactivateUnitAssignment(ChangeUnitAssignment input) {
    return change(
        "reactivateUnitAssignment",
        input,
        (ctx, unit, assignment, reason) -> {
          UnitAssignmentChecks.assignable(unit);
          var org = Lookups.activeOrganization(ctx, assignment.organizationId(), "organization_id");
          var plan = UnitAssignmentChecks.plan(ctx, assignment.userId(), org);
          boolean reactivate = !plan.isActive(assignment.id());
          if (reactivate) {
            plan.reactivate(assignment.id(), false, reason);
          }
          return plan.decision(assignment.id(), reactivate);
        });
  }

  @Override
  public UnitAssignmentResult setPrimaryUnit(ChangeUnitAssignment input) {
    return change(
        "setPrimaryUnit",
        input,
        (ctx, unit, assignment, reason) -> {
          UnitAssignmentChecks.assignable(unit);
          var org = Lookups.organization(ctx, assignment.organizationId(), "organization_id");
          var plan = UnitAssignmentChecks.plan(ctx, assignment.userId(), org);
          if (!plan.isActive(assignment.id())) {
            throw Failures.ruleViolated(
                "unit_assignment_inactive",
                "assignment_id",
                "unit assignment " + assignment.id() + " is inactive: reactivate it first");
          }
          plan.makePrimary(assignment.id());
          return plan.decision(assignment.id(), false);
        });
  }

  /**
   * Runs a change of one existing assignment: checks the input, finds the assignment, authorizes
   * the actor at its unit, then lets {@code change} decide on the user's current assignments.
   */
  private UnitAssignmentResult change(String command, ChangeUnitAssignment input, Change change) {
    return executor.execute(
        command,
        input.meta(),
        UnitAssignmentResult.class,
        ctx -> {
          var reason =
              CommandInputs.optionalText(input.reason(), "reason", CommandInputs.MAX_NOTES);
          var userId = UnitAssignmentChecks.existingUser(ctx, input.userId());
          var assignment = UnitAssignmentChecks.assignment(ctx, userId, input);
          UnitAssignmentChecks.sameOrganization(
              assignment.organizationId(), input.organizationId());
          var unit = UnitAssignmentChecks.existingUnit(ctx, assignment.organizationUnitId());
          UnitAssignmentChecks.authorize(ctx, unit);
          return change.decide(ctx, unit, assignment, reason);
        });
  }
}
