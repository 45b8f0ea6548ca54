package io.roster.activities.orgunits;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Lookups;
import io.roster.db.organizations.OrganizationRow;
import io.roster.db.organizations.UnitRow;
import io.roster.db.orgunits.UnitAssignmentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The unit assignments of a user who has none yet in an organization, decided as {@link
 * OrgUnitAssignmentActivitiesImpl#assignUnit} decides them one after another, for callers that
 * decide many users at once (the onboarding bulk path): the same checks of the unit ({@link
 * #checkedUnit}, once per unit however many users get it) and the same {@link UnitAssignmentPlan},
 * fed with the assignments decided so far instead of rows read back.
 */
public final class NewUserUnits {

  private final UUID userId;
  private final OrganizationRow organization;
  private final List<UnitAssignmentRow> decided = new ArrayList<>();

  /** {@code organization} is the units' organization, checked active. */
  public NewUserUnits(UUID userId, OrganizationRow organization) {
    this.userId = userId;
    this.organization = organization;
  }

  /**
   * The unit, checked as assignUnit checks it apart from the user: it exists, belongs to {@code
   * organizationId}, the actor may assign it, it is active and so is its organization. Refuses with
   * assignUnit's failures.
   */
  public static UnitRow checkedUnit(CommandContext ctx, UUID unitId, UUID organizationId) {
    var unit = UnitAssignmentChecks.existingUnit(ctx, unitId);
    UnitAssignmentChecks.sameOrganization(unit.organizationId(), organizationId);
    UnitAssignmentChecks.authorize(ctx, unit);
    UnitAssignmentChecks.assignable(unit);
    Lookups.activeOrganization(ctx, unit.organizationId(), "organization_id");
    return unit;
  }

  /** Whether the unit is among the assignments decided so far. */
  public boolean has(UUID unitId) {
    return decided.stream().anyMatch(r -> r.organizationUnitId().equals(unitId));
  }

  /**
   * assignUnit's decision for a unit not decided yet, with the user's stream at {@code
   * userVersion}: a refusal (the unit limit) throws as the command would.
   */
  public Decision<UnitAssignmentResult> assign(
      UUID assignmentId, UUID unitId, boolean primary, String notes, int userVersion) {
    if (has(unitId)) {
      throw new IllegalArgumentException("unit " + unitId + " is already decided for " + userId);
    }
    var plan =
        new UnitAssignmentPlan(
            userId,
            organization.id(),
            organization.maxActiveUnitAssignments(),
            userVersion,
            decided);
    plan.assign(assignmentId, unitId, primary, notes);
    var decision = plan.decision(assignmentId, false);
    decided.clear();
    for (var a : decision.result().assignments()) {
      decided.add(
          new UnitAssignmentRow(
              a.id(),
              userId,
              a.organizationUnitId(),
              organization.id(),
              a.isPrimary(),
              null,
              null,
              a.status(),
              null,
              null,
              null));
    }
    return decision;
  }
}
