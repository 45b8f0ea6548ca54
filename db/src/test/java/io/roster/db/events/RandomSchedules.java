package io.roster.db.events;

import static io.roster.db.events.EventTypes.SCHEDULE_CREATED;
import static io.roster.db.events.EventTypes.SCHEDULE_DEACTIVATED;
import static io.roster.db.events.EventTypes.SCHEDULE_DELETED;
import static io.roster.db.events.EventTypes.SCHEDULE_REACTIVATED;
import static io.roster.db.events.EventTypes.SCHEDULE_UPDATED;
import static io.roster.db.events.EventTypes.SCHEDULE_USER_ASSIGNED;
import static io.roster.db.events.EventTypes.SCHEDULE_USER_UNASSIGNED;
import static io.roster.db.events.EventTypes.USER_SCHEDULE_CREATED;
import static io.roster.db.events.EventTypes.USER_SCHEDULE_DEACTIVATED;
import static io.roster.db.events.EventTypes.USER_SCHEDULE_UPDATED;
import static io.roster.db.testing.EventFixtures.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** {@link RandomHistory}'s moves for schedule templates, their users, and per-user policies. */
final class RandomSchedules {

  private final RandomHistory h;

  /** Template id to its organization. */
  private final Map<UUID, UUID> templates = new LinkedHashMap<>();

  /** (template, user) of every active assignment. */
  private final Set<List<UUID>> templateUsers = new LinkedHashSet<>();

  /** (user, organization, unit or null) to the policy's id. */
  private final Map<List<UUID>, UUID> policies = new LinkedHashMap<>();

  private final Set<UUID> activePolicies = new HashSet<>();

  RandomSchedules(RandomHistory history) {
    this.h = history;
  }

  List<BooleanSupplier> moves() {
    return List.of(
        this::template,
        this::changeTemplate,
        this::deleteTemplate,
        this::assignUser,
        this::unassignUser,
        this::createPolicy,
        this::changePolicy,
        this::assignUser);
  }

  private Map<String, Object> templateKey(UUID template) {
    return data("template_id", template, "organization_id", templates.get(template));
  }

  private Map<String, Object> templateBody(UUID template) {
    var payload = templateKey(template);
    payload.putAll(data("org_unit_id", null, "schedule_name", h.tag(), "schedule", h.weekly()));
    return payload;
  }

  private UUID anyTemplate() {
    return h.any(new ArrayList<>(templates.keySet()));
  }

  private boolean template() {
    if (h.orgs.isEmpty() || templates.size() >= 6) return false;
    var id = UUID.randomUUID();
    templates.put(id, h.any(h.orgs).id());
    h.event(SCHEDULE_CREATED, id, templateBody(id));
    return true;
  }

  private boolean changeTemplate() {
    if (templates.isEmpty()) return false;
    var id = anyTemplate();
    var type = h.any(List.of(SCHEDULE_UPDATED, SCHEDULE_DEACTIVATED, SCHEDULE_REACTIVATED));
    h.event(type, id, templateBody(id));
    return true;
  }

  private boolean deleteTemplate() {
    if (templates.size() < 3 || h.nextInt(3) > 0) return false;
    var id = anyTemplate();
    h.event(SCHEDULE_DELETED, id, templateKey(id));
    templates.remove(id);
    templateUsers.removeIf(pair -> pair.get(0).equals(id));
    return true;
  }

  private boolean assignUser() {
    if (templates.isEmpty() || h.users.isEmpty()) return false;
    var template = anyTemplate();
    var user = h.any(h.users);
    var from = h.day();
    var payload = templateKey(template);
    payload.putAll(data("user_id", user, "effective_from", from));
    payload.put("effective_until", h.dayAfter(from));
    h.event(SCHEDULE_USER_ASSIGNED, template, payload);
    templateUsers.add(List.of(template, user));
    return true;
  }

  private boolean unassignUser() {
    if (templateUsers.isEmpty()) return false;
    var pair = h.any(new ArrayList<>(templateUsers));
    templateUsers.remove(pair);
    var payload = templateKey(pair.get(0));
    payload.putAll(data("user_id", pair.get(1), "reason", "history"));
    h.event(SCHEDULE_USER_UNASSIGNED, pair.get(0), payload);
    return true;
  }

  private Map<String, Object> policy(UUID id, List<UUID> key) {
    var from = h.day();
    var payload = data("schedule_id", id, "user_id", key.get(0), "organization_id", key.get(1));
    payload.putAll(data("org_unit_id", key.get(2), "schedule", h.weekly()));
    payload.putAll(data("effective_from", from, "effective_until", h.dayAfter(from)));
    return payload;
  }

  private boolean createPolicy() {
    if (h.users.isEmpty() || h.units.isEmpty()) return false;
    var unit = h.coin() ? null : h.any(h.units);
    var org = unit == null ? h.any(h.orgs).id() : unit.organizationId();
    var key = new ArrayList<UUID>(List.of(h.any(h.users), org));
    key.add(unit == null ? null : unit.id());
    if (activePolicies.contains(policies.get(key))) return false;
    var id = UUID.randomUUID();
    h.event(USER_SCHEDULE_CREATED, key.get(0), policy(id, key));
    policies.put(key, id);
    activePolicies.add(id);
    return true;
  }

  private boolean changePolicy() {
    if (policies.isEmpty()) return false;
    var key = h.any(new ArrayList<>(policies.keySet()));
    var id = policies.get(key);
    var deactivate = activePolicies.contains(id) && h.coin();
    var type = deactivate ? USER_SCHEDULE_DEACTIVATED : USER_SCHEDULE_UPDATED;
    h.event(type, key.get(0), policy(id, key));
    if (deactivate) activePolicies.remove(id);
    return true;
  }
}
