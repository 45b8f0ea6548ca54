package io.roster.reliability.isolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.EventJson;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a request asks the functions about: an organization, one of its users, its admin, a unit, a
 * template, a weekly schedule, a unit assignment, their scope paths. Either a real tenant (the
 * other organization) or its ghost: the same shape with ids nothing in the database has, so a
 * function that answers the same for both has revealed nothing about the tenant.
 */
record Subject(
    UUID org,
    UUID user,
    UUID admin,
    UUID unit,
    UUID template,
    UUID schedule,
    UUID assignment,
    String path,
    String unitPath,
    OffsetDateTime asOf) {

  static Subject of(Tenant tenant, OffsetDateTime asOf) {
    return new Subject(
        tenant.org().id(),
        tenant.clinician(),
        tenant.admin(),
        tenant.facility().id(),
        tenant.template(),
        tenant.schedule(),
        tenant.assignment(),
        tenant.org().path(),
        tenant.facility().path(),
        asOf);
  }

  /** The same questions about things that do not exist. */
  Subject ghost() {
    var org = UUID.randomUUID();
    var unit = UUID.randomUUID();
    var path = "roster.org_" + hex(org);
    return new Subject(
        org,
        UUID.randomUUID(),
        UUID.randomUUID(),
        unit,
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        path,
        path + ".facility_" + hex(unit),
        asOf);
  }

  /** The named parameters of every {@link FunctionCall}. */
  Map<String, Object> parameters() {
    var p = new LinkedHashMap<String, Object>();
    p.put("org", org);
    p.put("user", user);
    p.put("admin", admin);
    p.put("unit", unit);
    p.put("template", template);
    p.put("path", path);
    p.put("unit_path", unitPath);
    p.put("as_of", asOf);
    p.put("hook_event", json(Map.of("user_id", user.toString(), "claims", Map.of())));
    var role = BaseCatalogue.ROLE_IDS.get("clinician");
    p.put(
        "ev_client",
        event(
            "user.client.assigned",
            "user",
            user,
            data(
                "user_id",
                user,
                "client_id",
                UUID.randomUUID(),
                "organization_id",
                org,
                "assigned_until",
                null,
                "notes",
                "forged")));
    p.put(
        "ev_permission",
        event(
            "permission.defined",
            "permission",
            UUID.randomUUID(),
            data("permission_id", UUID.randomUUID(), "name", "forged.x", "description", "forged")));
    var forgedRole = UUID.randomUUID();
    p.put(
        "ev_role",
        event(
            "role.created",
            "role",
            forgedRole,
            data(
                "role_id",
                forgedRole,
                "name",
                "forged",
                "description",
                "forged",
                "organization_id",
                org)));
    p.put(
        "ev_org",
        event(
            "organization.settings.updated",
            "organization",
            org,
            data(
                "organization_id",
                org,
                "direct_care_settings",
                Map.of("enable_staff_client_mapping", true),
                "timezone",
                "UTC",
                "max_active_unit_assignments",
                1)));
    p.put(
        "ev_unit",
        event(
            "organization_unit.deactivated",
            "organization_unit",
            unit,
            data("unit_id", unit, "organization_id", org)));
    p.put(
        "ev_user",
        event(
            "user.access_dates.updated",
            "user",
            user,
            data(
                "user_id",
                user,
                "org_id",
                org,
                "access_start_date",
                "2001-01-01",
                "access_expiration_date",
                "2001-01-02")));
    p.put(
        "ev_user_role",
        event(
            "user.role.revoked",
            "user",
            user,
            data("user_id", user, "role_id", role, "org_id", org, "reason", "forged")));
    p.put(
        "ev_user_schedule",
        event(
            "user.schedule.deactivated",
            "user",
            user,
            data("schedule_id", schedule, "user_id", user, "organization_id", org)));
    p.put(
        "ev_unit_assignment",
        event(
            "user.org_unit.deactivated",
            "user",
            user,
            data(
                "assignment_id",
                assignment,
                "user_id",
                user,
                "organization_id",
                org,
                "reason",
                "forged")));
    p.put(
        "ev_schedule",
        event(
            "schedule.deactivated",
            "schedule",
            template,
            data("template_id", template, "organization_id", org)));
    return p;
  }

  /** A domain_events row as JSON, for jsonb_populate_record(NULL::domain_events, ...). */
  private String event(String type, String streamType, UUID streamId, Map<String, Object> data) {
    var row = new LinkedHashMap<String, Object>();
    row.put("id", UUID.randomUUID());
    row.put("global_position", 1);
    row.put("stream_type", streamType);
    row.put("stream_id", streamId);
    row.put("stream_version", 99);
    row.put("event_type", type);
    row.put("event_data", data);
    row.put("event_metadata", Map.of());
    row.put("created_at", asOf.toString());
    return json(row);
  }

  private static Map<String, Object> data(Object... keysAndValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String hex(UUID id) {
    return id.toString().replace("-", "");
  }
}
