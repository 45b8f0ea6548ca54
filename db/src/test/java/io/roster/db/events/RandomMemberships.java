package io.roster.db.events;

import static io.roster.db.events.EventTypes.PERMISSION_DEFINED;
import static io.roster.db.events.EventTypes.ROLE_CREATED;
import static io.roster.db.events.EventTypes.ROLE_PERMISSION_GRANTED;
import static io.roster.db.events.EventTypes.ROLE_PERMISSION_REVOKED;
import static io.roster.db.events.EventTypes.USER_CLIENT_ASSIGNED;
import static io.roster.db.events.EventTypes.USER_CLIENT_UNASSIGNED;
import static io.roster.db.events.EventTypes.USER_ROLE_ACTIVATED;
import static io.roster.db.events.EventTypes.USER_ROLE_ASSIGNED;
import static io.roster.db.events.EventTypes.USER_ROLE_EXPIRED;
import static io.roster.db.events.EventTypes.USER_ROLE_EXPIRY_NOTICE;
import static io.roster.db.events.EventTypes.USER_ROLE_REVOKED;
import static io.roster.db.testing.EventFixtures.data;

import io.roster.db.catalogue.BaseCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** {@link RandomHistory}'s moves for roles (catalogue and user roles) and client caseloads. */
final class RandomMemberships {

  private static final List<String> ROLES = List.of("facility_admin", "coordinator", "clinician");
  private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

  private final RandomHistory h;
  private final List<UUID> clients = List.of(UUID.randomUUID(), UUID.randomUUID());

  /** (user, role, org or null) of every role held. */
  private final List<List<UUID>> heldRoles = new ArrayList<>();

  private final Map<List<UUID>, UUID> clientOrg = new HashMap<>();
  private final Set<List<UUID>> activeClients = new LinkedHashSet<>();
  private final List<UUID> permissions = new ArrayList<>();
  private final List<UUID> customRoles = new ArrayList<>();
  private final List<List<UUID>> grants = new ArrayList<>();

  RandomMemberships(RandomHistory history) {
    this.h = history;
  }

  List<BooleanSupplier> moves() {
    return List.of(
        this::assignRole,
        this::assignRole,
        this::roleSweep,
        this::roleSweep,
        this::revokeRole,
        this::assignClient,
        this::unassignClient,
        this::catalogue,
        this::catalogue);
  }

  private boolean assignRole() {
    if (h.users.isEmpty() || h.orgs.isEmpty()) return false;
    var user = h.any(h.users);
    var global = h.nextInt(8) == 0;
    var roleName = global ? "super_admin" : h.any(ROLES);
    var role = BaseCatalogue.ROLE_IDS.get(roleName);
    var org = global ? null : h.any(h.orgs);
    var scope = org == null ? null : org.path();
    if (org != null && h.coin()) {
      var inOrg = h.units.stream().filter(u -> u.organizationId().equals(org.id())).toList();
      scope = inOrg.isEmpty() ? scope : h.any(inOrg).path();
    }
    var from = h.day();
    var payload = data("user_id", user, "role_id", role, "role_name", roleName);
    payload.putAll(data("org_id", org == null ? null : org.id(), "scope_path", scope));
    payload.putAll(data("role_valid_from", from, "role_valid_until", h.dayAfter(from)));
    h.event(USER_ROLE_ASSIGNED, user, payload);
    var key = new ArrayList<UUID>(List.of(user, role));
    key.add(org == null ? null : org.id());
    if (!heldRoles.contains(key)) heldRoles.add(key);
    return true;
  }

  private static Map<String, Object> roleKey(List<UUID> key) {
    return data("user_id", key.get(0), "role_id", key.get(1), "org_id", key.get(2));
  }

  private boolean roleSweep() {
    if (heldRoles.isEmpty()) return false;
    var key = h.any(heldRoles);
    var payload = roleKey(key);
    var type = h.any(List.of(USER_ROLE_ACTIVATED, USER_ROLE_EXPIRED, USER_ROLE_EXPIRY_NOTICE));
    payload.put("days_before", h.any(List.of(14, 7, 1)));
    h.event(type, key.get(0), payload);
    return true;
  }

  private boolean revokeRole() {
    if (heldRoles.isEmpty()) return false;
    var key = heldRoles.remove(h.nextInt(heldRoles.size()));
    var payload = roleKey(key);
    payload.put("reason", "history");
    h.event(USER_ROLE_REVOKED, key.get(0), payload);
    return true;
  }

  private boolean assignClient() {
    if (h.users.isEmpty() || h.orgs.isEmpty()) return false;
    var key = List.of(h.any(h.users), h.any(clients));
    var org = h.any(h.orgs).id();
    var until = h.coin() ? null : JUNE.plusSeconds(h.nextInt(1_000_000));
    var payload = data("user_id", key.get(0), "client_id", key.get(1), "organization_id", org);
    payload.putAll(data("assigned_until", until, "notes", h.coin() ? null : h.tag()));
    h.event(USER_CLIENT_ASSIGNED, key.get(0), payload);
    clientOrg.put(key, org);
    activeClients.add(key);
    return true;
  }

  private boolean unassignClient() {
    if (activeClients.isEmpty()) return false;
    var key = h.any(new ArrayList<>(activeClients));
    activeClients.remove(key);
    var payload = data("user_id", key.get(0), "client_id", key.get(1));
    payload.putAll(data("organization_id", clientOrg.get(key), "reason", "expired"));
    h.event(USER_CLIENT_UNASSIGNED, key.get(0), payload);
    return true;
  }

  /** Builds the catalogue up (a permission, a role, a grant) before it revokes anything. */
  private boolean catalogue() {
    if (h.orgs.isEmpty()) return false;
    var pick = h.nextInt(4);
    if (permissions.isEmpty() || pick == 0) {
      var id = UUID.randomUUID();
      var name = "history.p_" + id.toString().replaceAll("[^a-f]", "");
      h.event(PERMISSION_DEFINED, id, data("permission_id", id, "name", name));
      permissions.add(id);
    } else if (customRoles.isEmpty() || pick == 1) {
      var id = UUID.randomUUID();
      var org = h.any(h.orgs).id();
      h.event(ROLE_CREATED, id, data("role_id", id, "name", "r" + id, "organization_id", org));
      customRoles.add(id);
    } else if (grants.isEmpty() || pick == 2) {
      var grant = List.of(h.any(customRoles), h.any(permissions));
      if (grants.contains(grant)) return false;
      var payload = data("role_id", grant.get(0), "permission_id", grant.get(1));
      h.event(ROLE_PERMISSION_GRANTED, grant.get(0), payload);
      grants.add(grant);
    } else {
      var grant = grants.remove(h.nextInt(grants.size()));
      var payload = data("role_id", grant.get(0), "permission_id", grant.get(1));
      h.event(ROLE_PERMISSION_REVOKED, grant.get(0), payload);
    }
    return true;
  }
}
