package io.roster.activities.organizations;

import com.fasterxml.jackson.core.type.TypeReference;
import io.roster.activities.command.CommandContext;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.events.EventJson;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.organizations.OrganizationQueries;
import io.roster.db.organizations.OrganizationRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Organizations and units over the event store; see {@link OrganizationActivities}. */
public final class OrganizationActivitiesImpl implements OrganizationActivities {

  /** The root label of every organization path. */
  public static final String ROOT = "roster";

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$");
  private static final Pattern KIND = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

  private final CommandExecutor executor;

  public OrganizationActivitiesImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public OrganizationCreated createOrganization(CreateOrganization input) {
    return executor.execute(
        "createOrganization",
        input.meta(),
        OrganizationCreated.class,
        ctx -> {
          var name = CommandInputs.text(input.name(), "name", CommandInputs.MAX_NAME);
          var slug = CommandInputs.text(input.slug(), "slug", 64);
          if (!SLUG.matcher(slug).matches()) {
            throw Failures.validation(
                "invalid_slug",
                "slug",
                "slug must be lower-case letters, digits and dashes, got '" + slug + "'");
          }
          var timezone =
              input.timezone() == null
                  ? "UTC"
                  : CommandInputs.timezone(input.timezone(), "timezone");
          String parentPath = ROOT;
          if (input.parentOrganizationId() != null) {
            parentPath =
                Lookups.activeOrganization(
                        ctx, input.parentOrganizationId(), "parent_organization_id")
                    .path();
          }
          ctx.authorize("organization.manage", parentPath);
          if (ctx.attach(OrganizationQueries.class).slugTaken(slug)) {
            throw Failures.ruleViolated("slug_taken", "slug", "slug '" + slug + "' is taken");
          }
          var id = ctx.newId("organization");
          var path = parentPath + "." + label("org", id);
          var settings =
              Map.<String, Object>of(
                  "enable_staff_client_mapping",
                  Boolean.TRUE.equals(input.enableStaffClientMapping()));
          return Decision.of(new OrganizationCreated(id, path))
              .expecting(StreamRef.organization(id), 0)
              .emit(
                  EventTypes.ORGANIZATION_CREATED,
                  id,
                  new OrganizationCreatedEvent(
                      id, name, slug, path, timezone, settings, input.parentOrganizationId()));
        });
  }

  @Override
  public OrganizationSettings updateOrganizationSettings(UpdateOrganizationSettings input) {
    return executor.execute(
        "updateOrganizationSettings",
        input.meta(),
        OrganizationSettings.class,
        ctx -> {
          var org = Lookups.organization(ctx, input.organizationId(), "organization_id");
          var timezone =
              input.timezone() == null
                  ? org.timezone()
                  : CommandInputs.timezone(input.timezone(), "timezone");
          int limit = org.maxActiveUnitAssignments();
          if (input.maxActiveUnitAssignments() != null) {
            limit = input.maxActiveUnitAssignments();
            if (limit < 1 || limit > 100) {
              throw Failures.validation(
                  "invalid_unit_assignment_limit",
                  "max_active_unit_assignments",
                  "max_active_unit_assignments must be between 1 and 100, got " + limit);
            }
          }
          var noticeDays =
              input.noticeDays() == null ? org.noticeDays() : noticeLadder(input.noticeDays());
          ctx.authorize("organization.manage", org.path());
          var careSettings = new HashMap<>(careSettings(org));
          if (input.enableStaffClientMapping() != null) {
            careSettings.put("enable_staff_client_mapping", input.enableStaffClientMapping());
          }
          var settings =
              new OrganizationSettings(
                  org.id(),
                  Boolean.TRUE.equals(careSettings.get("enable_staff_client_mapping")),
                  timezone,
                  limit,
                  noticeDays);
          var stream = StreamRef.organization(org.id());
          return Decision.of(settings)
              .expecting(stream, ctx.streamVersion(stream))
              .emit(
                  EventTypes.ORGANIZATION_SETTINGS_UPDATED,
                  org.id(),
                  new OrganizationSettingsUpdatedEvent(
                      org.id(), careSettings, timezone, limit, noticeDays));
        });
  }

  @Override
  public UnitCreated createUnit(CreateUnit input) {
    return executor.execute(
        "createUnit",
        input.meta(),
        UnitCreated.class,
        ctx -> {
          var name = CommandInputs.text(input.name(), "name", CommandInputs.MAX_NAME);
          var kind = CommandInputs.text(input.kind(), "kind", 40);
          if (!KIND.matcher(kind).matches()) {
            throw Failures.validation(
                "invalid_kind",
                "kind",
                "kind must be lower-case letters, digits and underscores, got '" + kind + "'");
          }
          var org = Lookups.activeOrganization(ctx, input.organizationId(), "organization_id");
          var parentPath = org.path();
          if (input.parentUnitId() != null) {
            var parent = Lookups.unit(ctx, input.parentUnitId(), "parent_unit_id");
            if (!parent.organizationId().equals(org.id())) {
              throw Failures.ruleViolated(
                  "unit_must_belong_to_same_organization",
                  "parent_unit_id",
                  "parent unit %s belongs to organization %s, not %s"
                      .formatted(parent.id(), parent.organizationId(), org.id()));
            }
            if (!parent.isActive()) {
              throw Failures.ruleViolated(
                  "parent_unit_inactive",
                  "parent_unit_id",
                  "parent unit " + parent.id() + " is not active");
            }
            parentPath = parent.path();
          }
          ctx.authorize("organization.manage", parentPath);
          var id = ctx.newId("unit");
          var path = parentPath + "." + label(kind, id);
          return Decision.of(new UnitCreated(id, path))
              .expecting(StreamRef.organizationUnit(id), 0)
              .emit(
                  EventTypes.ORGANIZATION_UNIT_CREATED,
                  id,
                  new UnitCreatedEvent(id, org.id(), input.parentUnitId(), name, kind, path));
        });
  }

  @Override
  public UnitStatus deactivateUnit(ChangeUnitStatus input) {
    return changeStatus("deactivateUnit", input, false);
  }

  @Override
  public UnitStatus reactivateUnit(ChangeUnitStatus input) {
    return changeStatus("reactivateUnit", input, true);
  }

  private UnitStatus changeStatus(String command, ChangeUnitStatus input, boolean active) {
    return executor.execute(
        command,
        input.meta(),
        UnitStatus.class,
        ctx -> {
          var unit = Lookups.unit(ctx, input.unitId(), "unit_id");
          ctx.authorize("organization.manage", unit.path());
          if (unit.isActive() == active) {
            return Decision.of(new UnitStatus(unit.id(), active, false));
          }
          if (!active
              && !ctx.attach(OrganizationQueries.class).activeChildUnits(unit.id()).isEmpty()) {
            throw Failures.ruleViolated(
                "unit_has_active_children",
                "unit_id",
                "unit " + unit.id() + " still has active sub-units");
          }
          if (active && unit.parentUnitId() != null) {
            requireActiveParent(ctx, unit.parentUnitId());
          }
          var stream = StreamRef.organizationUnit(unit.id());
          return Decision.of(new UnitStatus(unit.id(), active, true))
              .expecting(stream, ctx.streamVersion(stream))
              .emit(
                  active
                      ? EventTypes.ORGANIZATION_UNIT_REACTIVATED
                      : EventTypes.ORGANIZATION_UNIT_DEACTIVATED,
                  unit.id(),
                  new UnitStatusEvent(unit.id(), unit.organizationId()));
        });
  }

  private static void requireActiveParent(CommandContext ctx, java.util.UUID parentId) {
    if (!Lookups.unit(ctx, parentId, "parent_unit_id").isActive()) {
      throw Failures.ruleViolated(
          "parent_unit_inactive",
          "unit_id",
          "parent unit " + parentId + " is not active: reactivate it first");
    }
  }

  private static List<Integer> noticeLadder(List<Integer> days) {
    if (days.stream().anyMatch(d -> d == null || d < 1 || d > 365)
        || days.stream().distinct().count() != days.size()
        || days.size() > 10) {
      throw Failures.validation(
          "invalid_notice_days",
          "notice_days",
          "notice_days must be at most 10 distinct days from 1 to 365, got " + days);
    }
    return days.stream().sorted(java.util.Comparator.reverseOrder()).toList();
  }

  private static Map<String, Object> careSettings(OrganizationRow org) {
    try {
      return EventJson.mapper().readValue(org.directCareSettings(), new TypeReference<>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("organization " + org.id() + " has invalid settings", e);
    }
  }

  /** A path label: the kind and the id's 32 hex digits. */
  static String label(String kind, java.util.UUID id) {
    return kind + "_" + id.toString().replace("-", "");
  }
}
