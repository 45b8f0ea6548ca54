package io.roster.activities.onboarding;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.AppendRequest;
import io.roster.db.events.EventIds;
import io.roster.db.events.EventMetadata;
import io.roster.db.events.EventStore;
import io.roster.db.events.EventTypes;
import io.roster.db.events.PendingEvent;
import io.roster.db.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The same organizations, units, template and users in every database it is built in, down to the
 * event ids, so that two databases can be compared row for row after the same onboarding: org A
 * (UTC, facilities 1 and 2, a template), org B (facility B), A's provider_admin, and a user who
 * exists before the onboarding.
 */
final class FixedWorld {

  static final UUID ORG_A = id("org-a");
  static final UUID ORG_B = id("org-b");
  static final UUID FACILITY_1 = id("facility-1");
  static final UUID FACILITY_2 = id("facility-2");
  static final UUID FACILITY_B = id("facility-b");
  static final UUID TEMPLATE = id("template");
  static final UUID ADMIN = id("admin");
  static final UUID EXISTING = id("existing");
  static final String EXISTING_EMAIL = "existing@fixed.test";

  private FixedWorld() {}

  static String path(UUID org) {
    return "roster.org_" + hex(org);
  }

  static String facilityPath(UUID org, UUID facility) {
    return path(org) + ".facility_" + hex(facility);
  }

  static void build(TestDatabase db) {
    var store = new EventStore(db.jdbi());
    for (var org : new UUID[] {ORG_A, ORG_B}) {
      append(
          store,
          EventTypes.ORGANIZATION_CREATED,
          org,
          "organization_id",
          org,
          "name",
          org.equals(ORG_A) ? "Org A" : "Org B",
          "slug",
          hex(org),
          "path",
          path(org),
          "timezone",
          "UTC",
          "direct_care_settings",
          Map.of("enable_staff_client_mapping", true));
    }
    for (var unit : new UUID[][] {{ORG_A, FACILITY_1}, {ORG_A, FACILITY_2}, {ORG_B, FACILITY_B}}) {
      append(
          store,
          EventTypes.ORGANIZATION_UNIT_CREATED,
          unit[1],
          "unit_id",
          unit[1],
          "organization_id",
          unit[0],
          "parent_unit_id",
          null,
          "name",
          hex(unit[1]),
          "kind",
          "facility",
          "path",
          facilityPath(unit[0], unit[1]));
    }
    append(
        store,
        EventTypes.SCHEDULE_CREATED,
        TEMPLATE,
        "template_id",
        TEMPLATE,
        "organization_id",
        ORG_A,
        "org_unit_id",
        null,
        "schedule_name",
        "Weekdays",
        "schedule",
        Map.of("monday", Map.of("begin", "0800", "end", "1630")));
    append(
        store,
        EventTypes.USER_CREATED,
        ADMIN,
        "user_id",
        ADMIN,
        "email",
        "admin@fixed.test",
        "first_name",
        "A",
        "last_name",
        "Admin");
    append(
        store,
        EventTypes.USER_ROLE_ASSIGNED,
        ADMIN,
        "user_id",
        ADMIN,
        "role_id",
        BaseCatalogue.PROVIDER_ADMIN,
        "role_name",
        "provider_admin",
        "org_id",
        ORG_A,
        "scope_path",
        path(ORG_A),
        "role_valid_from",
        null,
        "role_valid_until",
        null);
    append(
        store,
        EventTypes.USER_CREATED,
        EXISTING,
        "user_id",
        EXISTING,
        "email",
        EXISTING_EMAIL,
        "first_name",
        "E",
        "last_name",
        "Existing");
  }

  private static void append(EventStore store, String type, UUID stream, Object... keyValues) {
    var data = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keyValues.length; i += 2) {
      data.put((String) keyValues[i], keyValues[i + 1]);
    }
    store.append(
        AppendRequest.of(
            "fixed/" + type + "/" + stream,
            EventMetadata.of(null, "migration"),
            new PendingEvent(type, stream, data)));
  }

  static UUID id(String name) {
    return EventIds.uuidV5(EventIds.NAMESPACE, "fixed-world/" + name);
  }

  private static String hex(UUID id) {
    return id.toString().replace("-", "");
  }
}
