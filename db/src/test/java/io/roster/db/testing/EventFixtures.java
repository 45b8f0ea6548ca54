package io.roster.db.testing;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.AppendRequest;
import io.roster.db.events.AppendResult;
import io.roster.db.events.EventMetadata;
import io.roster.db.events.EventStore;
import io.roster.db.events.EventTypes;
import io.roster.db.events.PendingEvent;
import io.roster.db.events.StoredEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds test data the way Roster does: by appending events through the real {@link EventStore}, so
 * the projections under test are filled by the real processors. Each call uses a new idempotency
 * key. Payload maps keep nulls (a JSON null is how an event clears a value).
 */
public final class EventFixtures {

  /** The scope path root of every organization Roster creates. */
  public static final String ROOT = "roster";

  private static final AtomicLong KEYS = new AtomicLong();

  private final EventStore store;
  private final UUID actor;

  public EventFixtures(EventStore store, UUID actor) {
    this.store = store;
    this.actor = actor;
  }

  public EventFixtures(TestDatabase db) {
    this(new EventStore(db.jdbi()), null);
  }

  /** The same fixtures acting as another user (the actor recorded in event metadata). */
  public EventFixtures as(UUID newActor) {
    return new EventFixtures(store, newActor);
  }

  public EventStore store() {
    return store;
  }

  /** Appends one event with a fresh idempotency key. */
  public AppendResult append(String eventType, UUID streamId, Map<String, ?> data) {
    return store.append(
        AppendRequest.of(
            "fixture-" + KEYS.incrementAndGet() + "-" + UUID.randomUUID(),
            EventMetadata.of(actor, "api"),
            new PendingEvent(eventType, streamId, data)));
  }

  /** Appends one event with a fresh idempotency key and returns it as stored. */
  public StoredEvent event(String eventType, UUID streamId, Map<String, ?> data) {
    return append(eventType, streamId, data).events().get(0);
  }

  /** A payload map that keeps insertion order and null values. */
  public static Map<String, Object> data(Object... keysAndValues) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  public static String label(String kind, UUID id) {
    return kind + "_" + id.toString().replace("-", "");
  }

  public record Org(UUID id, String path) {}

  public record Unit(UUID id, UUID organizationId, String path) {}

  public Org organization(String name, String timezone) {
    var id = UUID.randomUUID();
    var path = ROOT + "." + label("org", id);
    append(
        EventTypes.ORGANIZATION_CREATED,
        id,
        data(
            "organization_id", id,
            "name", name,
            "slug",
                name.toLowerCase().replaceAll("[^a-z0-9]+", "-")
                    + "-"
                    + id.toString().substring(0, 8),
            "path", path,
            "timezone", timezone,
            "direct_care_settings", Map.of("enable_staff_client_mapping", false)));
    return new Org(id, path);
  }

  /** A unit directly under the organization. */
  public Unit unit(Org org, String kind, String name) {
    return unit(org.id(), null, org.path(), kind, name);
  }

  /** A unit under another unit. */
  public Unit unit(Unit parent, String kind, String name) {
    return unit(parent.organizationId(), parent.id(), parent.path(), kind, name);
  }

  private Unit unit(UUID orgId, UUID parentUnitId, String parentPath, String kind, String name) {
    var id = UUID.randomUUID();
    var path = parentPath + "." + label(kind, id);
    append(
        EventTypes.ORGANIZATION_UNIT_CREATED,
        id,
        data(
            "unit_id", id,
            "organization_id", orgId,
            "parent_unit_id", parentUnitId,
            "name", name,
            "kind", kind,
            "path", path));
    return new Unit(id, orgId, path);
  }

  /** A user with a unique email. */
  public UUID user() {
    return user("user-" + UUID.randomUUID() + "@example.org");
  }

  public UUID user(String email) {
    var id = UUID.randomUUID();
    append(
        EventTypes.USER_CREATED,
        id,
        data(
            "user_id", id, "email", email.toLowerCase(), "first_name", "Test", "last_name", email));
    return id;
  }

  public void accessDates(UUID userId, UUID orgId, LocalDate start, LocalDate expiration) {
    append(
        EventTypes.USER_ACCESS_DATES_UPDATED,
        userId,
        data(
            "user_id", userId,
            "org_id", orgId,
            "access_start_date", start,
            "access_expiration_date", expiration));
  }

  /** Assigns a base-catalogue role by name at a scope (org null and scope null: global). */
  public void assignRole(
      UUID userId, String roleName, UUID orgId, String scopePath, LocalDate from, LocalDate until) {
    var roleId = BaseCatalogue.ROLE_IDS.get(roleName);
    if (roleId == null) {
      throw new IllegalArgumentException("not a base catalogue role: " + roleName);
    }
    var payload = new HashMap<String, Object>();
    payload.put("user_id", userId);
    payload.put("role_id", roleId);
    payload.put("role_name", roleName);
    payload.put("org_id", orgId);
    payload.put("scope_path", scopePath);
    payload.put("role_valid_from", from);
    payload.put("role_valid_until", until);
    append(EventTypes.USER_ROLE_ASSIGNED, userId, payload);
  }

  public void assignRole(UUID userId, String roleName, Org org) {
    assignRole(userId, roleName, org.id(), org.path(), null, null);
  }

  public void assignRole(UUID userId, String roleName, Unit unit) {
    assignRole(userId, roleName, unit.organizationId(), unit.path(), null, null);
  }

  public void assignGlobalRole(UUID userId, String roleName) {
    assignRole(userId, roleName, null, null, null, null);
  }
}
