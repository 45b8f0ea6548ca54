package io.roster.db.events;

import static io.roster.db.events.EventTypes.USER_ORG_UNIT_ASSIGNED;
import static io.roster.db.events.EventTypes.USER_ORG_UNIT_DEACTIVATED;
import static io.roster.db.events.EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED;
import static io.roster.db.events.EventTypes.USER_ORG_UNIT_REACTIVATED;
import static io.roster.db.testing.EventFixtures.data;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * {@link RandomHistory}'s moves for unit assignments, emitting what 003's commands emit: at most
 * five active per user and organization, the first one primary, a deactivated primary replaced by
 * the oldest remaining active assignment in the same command.
 */
final class RandomUnitAssignments {

  /** An assignment as the model sees it; list order is creation order. */
  private static final class Assignment {
    final UUID id = UUID.randomUUID();
    final UUID user;
    final UUID org;
    final UUID unit;
    boolean active = true;
    boolean primary;

    Assignment(UUID user, UUID org, UUID unit, boolean primary) {
      this.user = user;
      this.org = org;
      this.unit = unit;
      this.primary = primary;
    }
  }

  private final RandomHistory h;
  private final List<Assignment> assignments = new ArrayList<>();

  RandomUnitAssignments(RandomHistory history) {
    this.h = history;
  }

  List<BooleanSupplier> moves() {
    return List.of(this::assign, this::assign, this::deactivate, this::reactivate, this::promote);
  }

  private List<Assignment> activeOf(UUID user, UUID org) {
    return assignments.stream()
        .filter(a -> a.active && a.user.equals(user) && a.org.equals(org))
        .toList();
  }

  private static PendingEvent event(String type, Assignment a, Object... extra) {
    var payload = data("assignment_id", a.id, "user_id", a.user, "organization_id", a.org);
    payload.putAll(data(extra));
    return new PendingEvent(type, a.user, payload);
  }

  /** Makes {@code to} the primary in the model and returns the event that says so. */
  private PendingEvent primaryChanged(Assignment to, Assignment from) {
    for (var a : assignments) {
      if (a.user.equals(to.user) && a.org.equals(to.org)) a.primary = false;
    }
    to.primary = true;
    var previous = from == null ? null : from.id;
    return event(USER_ORG_UNIT_PRIMARY_CHANGED, to, "previous_assignment_id", previous);
  }

  private boolean assign() {
    if (h.users.isEmpty() || h.units.isEmpty()) return false;
    var user = h.any(h.users);
    var unit = h.any(h.units);
    var taken = assignments.stream().anyMatch(a -> a.user.equals(user) && a.unit.equals(unit.id()));
    var active = activeOf(user, unit.organizationId());
    if (taken || h.inactiveUnits.contains(unit.id()) || active.size() >= 5) return false;
    var a = new Assignment(user, unit.organizationId(), unit.id(), active.isEmpty());
    assignments.add(a);
    var payload = data("assignment_id", a.id, "user_id", user, "organization_id", a.org);
    payload.putAll(data("organization_unit_id", unit.id(), "is_primary", a.primary));
    payload.put("notes", h.coin() ? null : h.tag());
    h.command(h.person(), new PendingEvent(USER_ORG_UNIT_ASSIGNED, user, payload));
    return true;
  }

  private boolean deactivate() {
    var active = assignments.stream().filter(a -> a.active).toList();
    if (active.isEmpty()) return false;
    var a = h.any(active);
    var deactivated = event(USER_ORG_UNIT_DEACTIVATED, a, "reason", "history");
    a.active = false;
    var rest = activeOf(a.user, a.org);
    if (a.primary && !rest.isEmpty()) {
      h.command(h.person(), deactivated, primaryChanged(rest.get(0), a));
    } else {
      h.command(h.person(), deactivated);
    }
    a.primary = false;
    return true;
  }

  private boolean reactivate() {
    var inactive = assignments.stream().filter(a -> !a.active).toList();
    if (inactive.isEmpty()) return false;
    var a = h.any(inactive);
    var active = activeOf(a.user, a.org);
    if (active.size() >= 5) return false;
    var reactivated = event(USER_ORG_UNIT_REACTIVATED, a, "reason", "history");
    a.active = true;
    if (active.isEmpty()) {
      h.command(h.person(), reactivated, primaryChanged(a, null));
    } else {
      h.command(h.person(), reactivated);
    }
    return true;
  }

  private boolean promote() {
    var candidates =
        assignments.stream()
            .filter(a -> a.active && !a.primary && activeOf(a.user, a.org).size() > 1)
            .toList();
    if (candidates.isEmpty()) return false;
    var to = h.any(candidates);
    var from = activeOf(to.user, to.org).stream().filter(a -> a.primary).findFirst().orElse(null);
    h.command(h.actor(), primaryChanged(to, from));
    return true;
  }
}
