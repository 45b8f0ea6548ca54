package io.roster.db.readside;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One organization with a row in every projection, written as events: a facility, an admin
 * (provider_admin at the organization), a coordinator (at the organization) and a clinician (at the
 * facility), each with an access window; the clinician's caseload, schedule template assignment,
 * schedule policy and primary unit assignment; and a role of the organization's own.
 */
record Tenant(
    EventFixtures.Org org,
    EventFixtures.Unit facility,
    UUID admin,
    UUID coordinator,
    UUID clinician,
    UUID template) {

  static Tenant create(EventFixtures fixtures, String name) {
    var org = fixtures.organization(name, "UTC");
    var facility = fixtures.unit(org, "facility", name + " Facility");
    var admin = person(fixtures, "admin", org, "provider_admin", org.path());
    var coordinator = person(fixtures, "coordinator", org, "coordinator", org.path());
    var clinician = person(fixtures, "clinician", org, "clinician", facility.path());
    fixtures.append(
        EventTypes.USER_CLIENT_ASSIGNED,
        clinician,
        EventFixtures.data(
            "user_id",
            clinician,
            "client_id",
            UUID.randomUUID(),
            "organization_id",
            org.id(),
            "assigned_until",
            null,
            "notes",
            "caseload"));
    var template = UUID.randomUUID();
    fixtures.append(
        EventTypes.SCHEDULE_CREATED,
        template,
        EventFixtures.data(
            "template_id", template,
            "organization_id", org.id(),
            "org_unit_id", facility.id(),
            "schedule_name", "Days",
            "schedule", weekdays()));
    fixtures.append(
        EventTypes.SCHEDULE_USER_ASSIGNED,
        template,
        EventFixtures.data(
            "template_id",
            template,
            "user_id",
            clinician,
            "organization_id",
            org.id(),
            "effective_from",
            null,
            "effective_until",
            null));
    var schedule = UUID.randomUUID();
    fixtures.append(
        EventTypes.USER_SCHEDULE_CREATED,
        clinician,
        EventFixtures.data(
            "schedule_id",
            schedule,
            "user_id",
            clinician,
            "organization_id",
            org.id(),
            "org_unit_id",
            facility.id(),
            "schedule",
            weekdays(),
            "effective_from",
            null,
            "effective_until",
            null));
    fixtures.append(
        EventTypes.USER_ORG_UNIT_ASSIGNED,
        clinician,
        EventFixtures.data(
            "assignment_id",
            UUID.randomUUID(),
            "user_id",
            clinician,
            "organization_unit_id",
            facility.id(),
            "organization_id",
            org.id(),
            "is_primary",
            true,
            "notes",
            null));
    var ownRole = UUID.randomUUID();
    fixtures.append(
        EventTypes.ROLE_CREATED,
        ownRole,
        EventFixtures.data(
            "role_id",
            ownRole,
            "name",
            "night_lead",
            "description",
            name + " night lead",
            "organization_id",
            org.id()));
    fixtures.append(
        EventTypes.ROLE_PERMISSION_GRANTED,
        ownRole,
        EventFixtures.data(
            "role_id",
            ownRole,
            "permission_id",
            BaseCatalogue.PERMISSION_IDS.get(BaseCatalogue.SCHEDULE_MANAGE)));
    return new Tenant(org, facility, admin, coordinator, clinician, template);
  }

  private static UUID person(
      EventFixtures fixtures, String kind, EventFixtures.Org org, String role, String scope) {
    var user = fixtures.user(kind + "-" + org.id() + "@rls.test");
    fixtures.accessDates(user, org.id(), null, null);
    fixtures.assignRole(user, role, org.id(), scope, null, null);
    return user;
  }

  private static Map<String, Object> weekdays() {
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
