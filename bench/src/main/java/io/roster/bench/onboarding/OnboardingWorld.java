package io.roster.bench.onboarding;

import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StaffSchedule;
import io.roster.activities.onboarding.StaffUnit;
import io.roster.bench.infra.BenchDatabase;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.AppendRequest;
import io.roster.db.events.EventIds;
import io.roster.db.events.EventMetadata;
import io.roster.db.events.EventStore;
import io.roster.db.events.EventTypes;
import io.roster.db.events.PendingEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organization an onboarding scenario onboards into, written as events: an organization (UTC)
 * with two facilities, a schedule template, and an administrator (provider_admin of the
 * organization) who submits the request.
 */
record OnboardingWorld(
    BenchDatabase db,
    UUID organizationId,
    UUID facility1,
    String facility1Path,
    UUID facility2,
    UUID templateId,
    UUID admin) {

  /** Events per member: user, 2 roles, 2 units, the template, 2 clients. */
  static final int EVENTS_PER_MEMBER = 8;

  private static final UUID NAMESPACE = UUID.fromString("0be0b0a2-0000-4000-8000-00000000be03");

  static OnboardingWorld create(BenchDatabase db) {
    var store = new EventStore(db.jdbi());
    var org = id("organization");
    var orgPath = "roster.org_" + hex(org);
    append(
        store,
        EventTypes.ORGANIZATION_CREATED,
        org,
        "organization_id",
        org,
        "name",
        "Onboarding bench",
        "slug",
        "onboarding-bench",
        "path",
        orgPath,
        "timezone",
        "UTC",
        "direct_care_settings",
        Map.of("enable_staff_client_mapping", true));
    var facility1 = id("facility1");
    var facility2 = id("facility2");
    for (var unit : List.of(facility1, facility2)) {
      append(
          store,
          EventTypes.ORGANIZATION_UNIT_CREATED,
          unit,
          "unit_id",
          unit,
          "organization_id",
          org,
          "parent_unit_id",
          null,
          "name",
          unit.equals(facility1) ? "Facility 1" : "Facility 2",
          "kind",
          "facility",
          "path",
          orgPath + ".facility_" + hex(unit));
    }
    var template = id("template");
    append(
        store,
        EventTypes.SCHEDULE_CREATED,
        template,
        "template_id",
        template,
        "organization_id",
        org,
        "org_unit_id",
        null,
        "schedule_name",
        "Weekdays",
        "schedule",
        Map.of("monday", Map.of("begin", "0800", "end", "1630")));
    var admin = id("admin");
    append(
        store,
        EventTypes.USER_CREATED,
        admin,
        "user_id",
        admin,
        "email",
        "admin@onboarding.bench",
        "first_name",
        "Bench",
        "last_name",
        "Admin");
    append(
        store,
        EventTypes.USER_ROLE_ASSIGNED,
        admin,
        "user_id",
        admin,
        "role_id",
        BaseCatalogue.PROVIDER_ADMIN,
        "role_name",
        "provider_admin",
        "org_id",
        org,
        "scope_path",
        orgPath,
        "role_valid_from",
        null,
        "role_valid_until",
        null);
    return new OnboardingWorld(
        db, org, facility1, orgPath + ".facility_" + hex(facility1), facility2, template, admin);
  }

  /**
   * {@code count} new staff members: a clinician role at facility 1 and a peer_mentor role at the
   * organization for a year from today, facility 1 (primary) and facility 2, the template from
   * today, two clients.
   */
  List<StaffMember> staff(String prefix, int count) {
    var today = LocalDate.now(java.time.ZoneOffset.UTC);
    var members = new ArrayList<StaffMember>(count);
    for (int i = 0; i < count; i++) {
      members.add(
          new StaffMember(
              null,
              prefix + "-" + i + "@onboarding.bench",
              "Staff",
              "Member " + i,
              null,
              null,
              List.of(
                  new StaffRole("clinician", facility1Path, null, null),
                  new StaffRole("peer_mentor", null, today, today.plusDays(365))),
              List.of(new StaffUnit(facility2, false), new StaffUnit(facility1, true)),
              new StaffSchedule(templateId, today, null),
              List.of(id(prefix + "/client/" + i + "/1"), id(prefix + "/client/" + i + "/2"))));
    }
    return members;
  }

  private static void append(EventStore store, String type, UUID stream, Object... keysAndValues) {
    var data = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      data.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    store.append(
        AppendRequest.of(
            "bench/" + type + "/" + stream,
            EventMetadata.of(null, "migration"),
            new PendingEvent(type, stream, data)));
  }

  private static UUID id(String name) {
    return EventIds.uuidV5(NAMESPACE, name);
  }

  private static String hex(UUID id) {
    return id.toString().replace("-", "");
  }
}
