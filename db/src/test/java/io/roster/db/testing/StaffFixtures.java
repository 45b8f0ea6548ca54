package io.roster.db.testing;

import static io.roster.db.testing.EventFixtures.data;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.EventFixtures.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rest of an organization's staff data as events, on top of {@link EventFixtures}: members with
 * a role, caseloads, schedule templates and weekly schedules, unit assignments and roles of the
 * organization's own. Each method appends through the real event store and returns the new id.
 */
public final class StaffFixtures {

  private final EventFixtures fixtures;

  public StaffFixtures(EventFixtures fixtures) {
    this.fixtures = fixtures;
  }

  /** A new user with an open access window in {@code org} and a base-catalogue role at a scope. */
  public UUID member(String email, Org org, String role, String scopePath) {
    var user = fixtures.user(email);
    fixtures.accessDates(user, org.id(), null, null);
    fixtures.assignRole(user, role, org.id(), scopePath, null, null);
    return user;
  }

  /** Puts a new client on the user's caseload in the organization, without an end; the client. */
  public UUID client(UUID user, UUID orgId, String notes) {
    var client = UUID.randomUUID();
    fixtures.append(
        EventTypes.USER_CLIENT_ASSIGNED,
        user,
        data(
            "user_id", user,
            "client_id", client,
            "organization_id", orgId,
            "assigned_until", null,
            "notes", notes));
    return client;
  }

  /** A schedule template of {@link #weekdays()} at a unit. */
  public UUID template(Unit unit, String name) {
    var template = UUID.randomUUID();
    fixtures.append(
        EventTypes.SCHEDULE_CREATED,
        template,
        data(
            "template_id", template,
            "organization_id", unit.organizationId(),
            "org_unit_id", unit.id(),
            "schedule_name", name,
            "schedule", weekdays()));
    return template;
  }

  /** Assigns the user to the template, without a window. */
  public void templateMember(UUID template, UUID user, UUID orgId) {
    fixtures.append(
        EventTypes.SCHEDULE_USER_ASSIGNED,
        template,
        data(
            "template_id", template,
            "user_id", user,
            "organization_id", orgId,
            "effective_from", null,
            "effective_until", null));
  }

  /** A weekly schedule of the user's own at a unit ({@link #weekdays()}, without a window). */
  public UUID userSchedule(UUID user, Unit unit) {
    var schedule = UUID.randomUUID();
    fixtures.append(
        EventTypes.USER_SCHEDULE_CREATED,
        user,
        data(
            "schedule_id",
            schedule,
            "user_id",
            user,
            "organization_id",
            unit.organizationId(),
            "org_unit_id",
            unit.id(),
            "schedule",
            weekdays(),
            "effective_from",
            null,
            "effective_until",
            null));
    return schedule;
  }

  /** Assigns the user to the unit as their primary unit; the assignment. */
  public UUID primaryUnit(UUID user, Unit unit) {
    return unit(user, unit, true);
  }

  /** Assigns the user to the unit, primary or not; the assignment. */
  public UUID unit(UUID user, Unit unit, boolean primary) {
    var assignment = UUID.randomUUID();
    fixtures.append(
        EventTypes.USER_ORG_UNIT_ASSIGNED,
        user,
        data(
            "assignment_id",
            assignment,
            "user_id",
            user,
            "organization_unit_id",
            unit.id(),
            "organization_id",
            unit.organizationId(),
            "is_primary",
            primary,
            "notes",
            null));
    return assignment;
  }

  /** A role of the organization's own granting one base-catalogue permission; the role. */
  public UUID organizationRole(Org org, String name, String description, String permission) {
    var role = UUID.randomUUID();
    fixtures.append(
        EventTypes.ROLE_CREATED,
        role,
        data(
            "role_id", role,
            "name", name,
            "description", description,
            "organization_id", org.id()));
    fixtures.append(
        EventTypes.ROLE_PERMISSION_GRANTED,
        role,
        data("role_id", role, "permission_id", BaseCatalogue.PERMISSION_IDS.get(permission)));
    return role;
  }

  /** Monday to Friday 08:00-16:30, the weekend off: a schedule in 001's HHMM form. */
  public static Map<String, Object> weekdays() {
    var day = Map.of("begin", "0800", "end", "1630");
    var week = new LinkedHashMap<String, Object>();
    for (var name : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
      week.put(name, day);
    }
    week.put("saturday", null);
    week.put("sunday", null);
    return week;
  }
}
