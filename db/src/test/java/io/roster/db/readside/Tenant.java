package io.roster.db.readside;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.StaffFixtures;
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
    var staff = new StaffFixtures(fixtures);
    var org = fixtures.organization(name, "UTC");
    var facility = fixtures.unit(org, "facility", name + " Facility");
    var admin = staff.member(email("admin", org), org, "provider_admin", org.path());
    var coordinator = staff.member(email("coordinator", org), org, "coordinator", org.path());
    var clinician = staff.member(email("clinician", org), org, "clinician", facility.path());
    staff.client(clinician, org.id(), "caseload");
    var template = staff.template(facility, "Days");
    staff.templateMember(template, clinician, org.id());
    staff.userSchedule(clinician, facility);
    staff.primaryUnit(clinician, facility);
    staff.organizationRole(org, "night_lead", name + " night lead", BaseCatalogue.SCHEDULE_MANAGE);
    return new Tenant(org, facility, admin, coordinator, clinician, template);
  }

  private static String email(String kind, EventFixtures.Org org) {
    return kind + "-" + org.id() + "@rls.test";
  }
}
