package io.roster.db.projections;

import static io.roster.db.events.EventTypes.PERMISSION_DEFINED;
import static io.roster.db.events.EventTypes.ROLE_CREATED;
import static io.roster.db.events.EventTypes.SCHEDULE_CREATED;
import static io.roster.db.events.EventTypes.USER_ORG_UNIT_ASSIGNED;
import static io.roster.db.events.EventTypes.USER_ROLE_ASSIGNED;
import static io.roster.db.testing.EventFixtures.data;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One valid example of every event type of DESIGN.md §3: the events it needs first, the event
 * itself, and the projection row it must change (or delete).
 */
final class EventExamples {

  /** What to check: the row {@code sql} selects carries the event's id, or is gone. */
  record Check(StoredEvent event, boolean deleted, String sql, Object... args) {}

  /** An aggregate with the payload keys its events share and the row that reflects it. */
  record Target(
      EventFixtures f, UUID stream, Map<String, Object> base, String sql, Object... args) {

    /** Appends an event to this target and returns the target, for what comes next. */
    Target then(String type, Object... extra) {
      append(type, extra);
      return this;
    }

    Check apply(String type, Object... extra) {
      return new Check(append(type, extra), false, sql, args);
    }

    Check remove(String type, Object... extra) {
      return new Check(append(type, extra), true, sql, args);
    }

    private StoredEvent append(String type, Object... extra) {
      var payload = new HashMap<>(base);
      payload.putAll(data(extra));
      return f.event(type, stream, payload);
    }
  }

  private static final Map<String, Object> WEEKLY =
      data("monday", Map.of("begin", "0900", "end", "1700"), "sunday", null);

  private final EventFixtures f;

  /** Examples appended by {@code fixtures} acting as a coordinator (deactivations need one). */
  EventExamples(EventFixtures fixtures) {
    this.f = fixtures.as(UUID.randomUUID());
  }

  private Target target(UUID stream, Map<String, Object> base, String sql, Object... args) {
    return new Target(f, stream, base, sql, args);
  }

  Target permission() {
    var id = UUID.randomUUID();
    var name = "example.p_" + id.toString().replaceAll("[^a-f]", "");
    var base = data("permission_id", id, "name", name, "description", "example");
    return target(id, base, "SELECT last_event_id FROM permissions_projection WHERE id = ?", id);
  }

  Target role() {
    var id = UUID.randomUUID();
    var name = "role-" + id;
    var base = data("role_id", id, "name", name, "description", null, "organization_id", null);
    return target(id, base, "SELECT last_event_id FROM roles_projection WHERE id = ?", id);
  }

  /** A new role and a new permission, not yet granted. */
  Target grant() {
    var role = role().then(ROLE_CREATED).stream();
    var permission = permission().then(PERMISSION_DEFINED).stream();
    return target(
        role,
        data("role_id", role, "permission_id", permission),
        "SELECT last_event_id FROM role_permissions_projection WHERE role_id = ? AND permission_id = ?",
        role,
        permission);
  }

  Target org() {
    var id = UUID.randomUUID();
    var slug = "example-" + id;
    var path = EventFixtures.ROOT + "." + EventFixtures.label("org", id);
    var base = data("organization_id", id, "name", "Example", "slug", slug, "path", path);
    base.putAll(data("timezone", "Europe/Paris", "direct_care_settings", Map.of()));
    return target(id, base, "SELECT last_event_id FROM organizations_projection WHERE id = ?", id);
  }

  Target unit() {
    var org = f.organization("Example", "UTC");
    var id = UUID.randomUUID();
    var path = org.path() + "." + EventFixtures.label("facility", id);
    var base = data("unit_id", id, "organization_id", org.id(), "parent_unit_id", null);
    base.putAll(data("name", "Unit", "kind", "facility", "path", path));
    return target(
        id, base, "SELECT last_event_id FROM organization_units_projection WHERE id = ?", id);
  }

  Target user() {
    var id = UUID.randomUUID();
    var base = data("user_id", id, "email", id + "@example.org");
    base.putAll(data("first_name", "A", "last_name", "B"));
    return target(id, base, "SELECT last_event_id FROM users WHERE id = ?", id);
  }

  Target access() {
    var user = f.user();
    var org = f.organization("Example", "UTC").id();
    var base = data("user_id", user, "org_id", org);
    base.putAll(data("access_start_date", "2026-01-01", "access_expiration_date", null));
    return target(
        user,
        base,
        "SELECT last_event_id FROM user_org_access WHERE user_id = ? AND org_id = ?",
        user,
        org);
  }

  Target userRole() {
    var user = f.user();
    var org = f.organization("Example", "UTC");
    var base = data("user_id", user, "role_id", BaseCatalogue.CLINICIAN, "role_name", "clinician");
    base.putAll(data("org_id", org.id(), "scope_path", org.path()));
    base.putAll(data("role_valid_from", "2026-01-01", "role_valid_until", "2026-12-31"));
    return target(
        user, base, "SELECT last_event_id FROM user_roles_projection WHERE user_id = ?", user);
  }

  Target heldRole() {
    return userRole().then(USER_ROLE_ASSIGNED);
  }

  Target client() {
    var user = f.user();
    var org = f.organization("Example", "UTC").id();
    var base = data("user_id", user, "client_id", UUID.randomUUID(), "organization_id", org);
    base.putAll(data("assigned_until", null, "notes", "example"));
    return target(
        user,
        base,
        "SELECT last_event_id FROM user_client_assignments_projection WHERE user_id = ?",
        user);
  }

  Target policy() {
    var user = f.user();
    var org = f.organization("Example", "UTC").id();
    var base = data("schedule_id", UUID.randomUUID(), "user_id", user, "organization_id", org);
    base.putAll(data("org_unit_id", null, "schedule", WEEKLY));
    base.putAll(data("effective_from", null, "effective_until", null));
    return target(
        user,
        base,
        "SELECT last_event_id FROM user_schedule_policies_projection WHERE user_id = ?",
        user);
  }

  /**
   * A new unit assignment of a user; {@code primary} false gives the user a primary elsewhere in
   * the organization first (so the assignment can become primary).
   */
  Target unitAssignment(boolean primary) {
    var user = f.user();
    var org = f.organization("Example", "UTC");
    UUID previous = null;
    if (!primary) {
      var first = assignmentOf(user, org, true, null).then(USER_ORG_UNIT_ASSIGNED);
      previous = (UUID) first.base().get("assignment_id");
    }
    return assignmentOf(user, org, primary, previous);
  }

  private Target assignmentOf(UUID user, EventFixtures.Org org, boolean primary, UUID previous) {
    var id = UUID.randomUUID();
    var unit = f.unit(org, "chapter", "Chapter").id();
    var base = data("assignment_id", id, "user_id", user, "organization_id", org.id());
    base.putAll(data("organization_unit_id", unit, "is_primary", primary, "notes", null));
    base.putAll(data("previous_assignment_id", previous, "reason", "example"));
    return target(
        user,
        base,
        "SELECT last_event_id FROM user_org_unit_assignments_projection WHERE id = ?",
        id);
  }

  Target template() {
    var org = f.organization("Example", "UTC").id();
    var id = UUID.randomUUID();
    var base = data("template_id", id, "organization_id", org, "org_unit_id", null);
    base.putAll(data("schedule_name", "Example", "schedule", WEEKLY));
    return target(
        id, base, "SELECT last_event_id FROM schedule_templates_projection WHERE id = ?", id);
  }

  Target templateUser() {
    var template = template().then(SCHEDULE_CREATED);
    var user = f.user();
    var base = new HashMap<>(template.base());
    base.keySet().retainAll(Set.of("template_id", "organization_id"));
    base.putAll(data("user_id", user, "reason", "example"));
    base.putAll(data("effective_from", "2026-01-01", "effective_until", null));
    return target(
        template.stream(),
        base,
        """
        SELECT last_event_id FROM schedule_user_assignments_projection
        WHERE schedule_template_id = ? AND user_id = ?
        """,
        template.stream(),
        user);
  }
}
