package io.roster.activities.schedules;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.organizations.OrganizationRow;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a template or a user schedule lives: its organization, optionally one of its units, and the
 * path {@code user.schedule_manage} is checked at: the unit's when there is one, else the
 * organization's (002's modify policy, {@code COALESCE(ou.path, org.path)}).
 */
record ScheduleScope(UUID organizationId, UUID orgUnitId, String path) {

  /** The scope of a stored template or schedule, whatever the state of its unit now. */
  static ScheduleScope of(CommandContext ctx, UUID organizationId, UUID orgUnitId) {
    if (orgUnitId == null) {
      var org = Lookups.organization(ctx, organizationId, "organization_id");
      return new ScheduleScope(org.id(), null, org.path());
    }
    var unit = Lookups.unit(ctx, orgUnitId, "org_unit_id");
    return new ScheduleScope(organizationId, unit.id(), unit.path());
  }

  /**
   * A scope a command puts a template or schedule into: the unit, when given, must belong to the
   * organization and be active (unless it is {@code currentUnitId}, where the thing already is).
   */
  static ScheduleScope placement(
      CommandContext ctx, OrganizationRow org, UUID orgUnitId, UUID currentUnitId) {
    if (orgUnitId == null) {
      return new ScheduleScope(org.id(), null, org.path());
    }
    var unit = Lookups.unit(ctx, orgUnitId, "org_unit_id");
    if (!unit.organizationId().equals(org.id())) {
      throw Failures.ruleViolated(
          "unit_must_belong_to_same_organization",
          "org_unit_id",
          "unit %s belongs to organization %s, not %s"
              .formatted(unit.id(), unit.organizationId(), org.id()));
    }
    if (!unit.isActive() && !unit.id().equals(currentUnitId)) {
      throw Failures.ruleViolated(
          "unit_inactive", "org_unit_id", "organization unit " + unit.id() + " is not active");
    }
    return new ScheduleScope(org.id(), unit.id(), unit.path());
  }

  /** Refuses with {@code not_authorized} unless the actor may manage schedules here. */
  void authorize(CommandContext ctx) {
    ctx.authorize(BaseCatalogue.SCHEDULE_MANAGE, path);
  }

  /**
   * Moving from this scope (already authorized) to {@code target}: the actor must be allowed to
   * manage schedules there too.
   */
  void authorizeMoveTo(CommandContext ctx, ScheduleScope target) {
    if (!Objects.equals(path, target.path)) {
      target.authorize(ctx);
    }
  }
}
