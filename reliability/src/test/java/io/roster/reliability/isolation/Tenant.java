package io.roster.reliability.isolation;

import static io.roster.db.testing.EventFixtures.data;

import io.roster.activities.RosterActivities;
import io.roster.activities.command.CommandMeta;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.users.SetOrgAccess;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.EventFixtures.Unit;
import io.roster.db.testing.StaffFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * One organization with a row in every projection and in every write-side table: a facility with a
 * program; an admin, a coordinator and a clinician with access windows; the clinician's caseload,
 * template assignment, weekly schedule and primary unit; a role ending soon (with its notice in the
 * outbox), a role not started yet, a role of the organization's own; a stored onboarding request
 * and a command result. {@link #identifiers} lists every id of it, for spotting a leak.
 */
record Tenant(
    Org org,
    Unit facility,
    Unit program,
    UUID admin,
    UUID coordinator,
    UUID clinician,
    UUID template,
    UUID client,
    UUID schedule,
    UUID assignment,
    UUID ownRole) {

  static Tenant create(
      EventFixtures fixtures, RosterActivities activities, Jdbi jdbi, String name, String zone) {
    var today = LocalDate.of(2030, 1, 15);
    var org = fixtures.organization(name, zone);
    var facility = fixtures.unit(org, "facility", name + " Facility");
    var program = fixtures.unit(facility, "program", name + " Program");
    var staff = new StaffFixtures(fixtures);
    var admin = staff.member(email("admin", org), org, "provider_admin", org.path());
    var coordinator = staff.member(email("coordinator", org), org, "coordinator", org.path());
    var clinician = staff.member(email("clinician", org), org, "clinician", facility.path());
    fixtures.assignRole(
        clinician, "peer_mentor", org.id(), program.path(), null, today.plusDays(10));
    fixtures.append(
        EventTypes.USER_ROLE_EXPIRY_NOTICE,
        clinician,
        data(
            "user_id", clinician,
            "role_id", BaseCatalogue.ROLE_IDS.get("peer_mentor"),
            "org_id", org.id(),
            "role_valid_until", today.plusDays(10),
            "days_before", 14));
    fixtures.assignRole(
        coordinator, "clinician", org.id(), facility.path(), today.plusDays(5), null);
    var client = staff.client(clinician, org.id(), "caseload of " + name);
    var template = staff.template(facility, name + " days");
    staff.templateMember(template, clinician, org.id());
    var schedule = staff.userSchedule(clinician, facility);
    var assignment = staff.primaryUnit(clinician, facility);
    var ownRole =
        staff.organizationRole(
            org, "night_lead", name + " night lead", BaseCatalogue.SCHEDULE_MANAGE);
    new OnboardingRequestStore(jdbi)
        .store(
            new StoreOnboarding(
                org.id(),
                "isolation",
                admin,
                List.of(
                    new StaffMember(
                        null,
                        "new-" + org.id() + "@isolation.test",
                        "New",
                        "Hire",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))));
    activities
        .users()
        .setOrgAccess(
            new SetOrgAccess(
                CommandMeta.of(admin, "isolation/" + org.id()),
                clinician,
                org.id(),
                today.minusYears(1),
                null));
    return new Tenant(
        org,
        facility,
        program,
        admin,
        coordinator,
        clinician,
        template,
        client,
        schedule,
        assignment,
        ownRole);
  }

  /** Every id of this tenant, and its ids as they appear in scope paths (hex, no dashes). */
  List<String> identifiers() {
    var ids =
        List.of(
            org.id(),
            facility.id(),
            program.id(),
            admin,
            coordinator,
            clinician,
            template,
            client,
            schedule,
            assignment,
            ownRole);
    var all = new java.util.ArrayList<String>();
    for (var id : ids) {
      all.add(id.toString());
      all.add(id.toString().replace("-", ""));
    }
    return all;
  }

  private static String email(String kind, Org org) {
    return kind + "-" + org.id() + "@isolation.test";
  }
}
