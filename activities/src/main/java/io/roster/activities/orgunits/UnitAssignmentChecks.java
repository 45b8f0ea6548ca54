package io.roster.activities.orgunits;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Failures;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.StreamRef;
import io.roster.db.organizations.OrganizationQueries;
import io.roster.db.organizations.OrganizationRow;
import io.roster.db.organizations.UnitRow;
import io.roster.db.orgunits.UnitAssignmentQueries;
import io.roster.db.orgunits.UnitAssignmentRow;
import io.roster.db.users.UserQueries;
import java.util.Objects;
import java.util.UUID;

/** The reads and checks the unit assignment commands share, each refusing with 003's rule name. */
final class UnitAssignmentChecks {

  private UnitAssignmentChecks() {}

  /** {@code user_id_must_exist}. */
  static UUID existingUser(CommandContext ctx, UUID userId) {
    CommandInputs.required(userId, "user_id");
    return ctx.attach(UserQueries.class)
        .findUser(userId)
        .orElseThrow(
            () ->
                Failures.validation(
                    "user_id_must_exist", "user_id", "user " + userId + " does not exist"))
        .id();
  }

  /** {@code organization_unit_id_must_exist}. */
  static UnitRow existingUnit(CommandContext ctx, UUID unitId) {
    CommandInputs.required(unitId, "organization_unit_id");
    return ctx.attach(OrganizationQueries.class)
        .findUnit(unitId)
        .orElseThrow(
            () ->
                Failures.validation(
                    "organization_unit_id_must_exist",
                    "organization_unit_id",
                    "organization unit " + unitId + " does not exist"));
  }

  /**
   * {@code organization_id_consistency}: an organization named by the caller must be the one the
   * unit belongs to; a unit of another organization is never assigned (003's {@code
   * unit_must_belong_to_same_organization}).
   */
  static void sameOrganization(UUID unitOrganizationId, UUID givenOrganizationId) {
    if (givenOrganizationId != null && !givenOrganizationId.equals(unitOrganizationId)) {
      throw Failures.validation(
          "organization_id_consistency",
          "organization_id",
          "the unit belongs to organization %s, not %s"
              .formatted(unitOrganizationId, givenOrganizationId));
    }
  }

  /** {@code inactive_unit_not_assignable}. */
  static void assignable(UnitRow unit) {
    if (!unit.isActive()) {
      throw Failures.validation(
          "inactive_unit_not_assignable",
          "organization_unit_id",
          "organization unit " + unit.id() + " is not active");
    }
  }

  /** {@code assigned_by_must_have_sufficient_role}: user.org_unit_assign at the unit's scope. */
  static void authorize(CommandContext ctx, UnitRow unit) {
    ctx.authorize(BaseCatalogue.ORG_UNIT_ASSIGN, unit.path());
  }

  /** The assignment a change names, by id or by unit; it must be the user's. */
  static UnitAssignmentRow assignment(CommandContext ctx, UUID userId, ChangeUnitAssignment in) {
    var queries = ctx.attach(UnitAssignmentQueries.class);
    if (in.assignmentId() == null) {
      CommandInputs.required(in.organizationUnitId(), "assignment_id");
      return queries
          .findByUserAndUnit(userId, in.organizationUnitId())
          .orElseThrow(
              () ->
                  notFound(
                      "organization_unit_id",
                      "user %s has no assignment to unit %s"
                          .formatted(userId, in.organizationUnitId())));
    }
    return queries
        .findAssignment(in.assignmentId())
        .filter(a -> a.userId().equals(userId))
        .filter(
            a ->
                in.organizationUnitId() == null
                    || Objects.equals(a.organizationUnitId(), in.organizationUnitId()))
        .orElseThrow(
            () ->
                notFound(
                    "assignment_id",
                    "user %s has no unit assignment %s".formatted(userId, in.assignmentId())));
  }

  /**
   * The user's assignments in the organization, read after the user's stream version so that the
   * append conflicts with any change made to the user since.
   */
  static UnitAssignmentPlan plan(CommandContext ctx, UUID userId, OrganizationRow organization) {
    int version = ctx.streamVersion(StreamRef.user(userId));
    var rows = ctx.attach(UnitAssignmentQueries.class).assignmentsOf(userId, organization.id());
    return new UnitAssignmentPlan(
        userId, organization.id(), organization.maxActiveUnitAssignments(), version, rows);
  }

  private static RuntimeException notFound(String field, String message) {
    return Failures.notFound("unit_assignment_not_found", field, message);
  }
}
