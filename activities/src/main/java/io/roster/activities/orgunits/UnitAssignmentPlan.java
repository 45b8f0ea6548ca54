package io.roster.activities.orgunits;

import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.db.events.EventTypes;
import io.roster.db.events.PendingEvent;
import io.roster.db.events.StreamRef;
import io.roster.db.orgunits.UnitAssignmentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's unit assignments in one organization as a command changes them. Each change is recorded
 * as the events that state it, in the order the processor applies them, and the state after them is
 * what the command returns.
 *
 * <p>Guarantees (003): at most {@code limit} active assignments; while any is active exactly one of
 * them is primary (the first one becomes primary, a new primary demotes the old one in the same
 * append); a deactivated primary is succeeded by the oldest remaining active assignment (by
 * assigned_at, then id), and by none when none is left.
 */
final class UnitAssignmentPlan {

  /** One assignment as the plan sees it; rows come oldest first, new ones are appended. */
  private static final class Slot {
    final UUID id;
    final UUID unitId;
    boolean primary;
    boolean active;

    Slot(UUID id, UUID unitId, boolean primary, boolean active) {
      this.id = id;
      this.unitId = unitId;
      this.primary = primary;
      this.active = active;
    }
  }

  private final UUID userId;
  private final UUID organizationId;
  private final int limit;
  private final int streamVersion;
  private final List<Slot> slots = new ArrayList<>();
  private final List<PendingEvent> events = new ArrayList<>();

  /**
   * {@code rows} must be the user's assignments in the organization, oldest first, read after
   * {@code streamVersion}, the user's stream version: the append expects it, so a concurrent change
   * of the user makes the command decide again.
   */
  UnitAssignmentPlan(
      UUID userId,
      UUID organizationId,
      int limit,
      int streamVersion,
      List<UnitAssignmentRow> rows) {
    this.userId = userId;
    this.organizationId = organizationId;
    this.limit = limit;
    this.streamVersion = streamVersion;
    rows.forEach(
        r -> slots.add(new Slot(r.id(), r.organizationUnitId(), r.isPrimary(), r.isActive())));
  }

  /** A unit the user never had: it is primary if it is the only active one, or if asked. */
  void assign(UUID id, UUID unitId, boolean wantsPrimary, String notes) {
    requireRoom();
    boolean first = primary().isEmpty();
    slots.add(new Slot(id, unitId, first, true));
    emit(
        EventTypes.USER_ORG_UNIT_ASSIGNED,
        new UnitAssignedEvent(id, userId, unitId, organizationId, first, notes));
    if (wantsPrimary) {
      makePrimary(id);
    }
  }

  /** An inactive assignment becomes active again; primary if none is, or if asked. */
  void reactivate(UUID id, boolean wantsPrimary, String reason) {
    var slot = slot(id);
    requireRoom();
    slot.active = true;
    slot.primary = false;
    emit(
        EventTypes.USER_ORG_UNIT_REACTIVATED,
        new UnitAssignmentStatusEvent(id, userId, organizationId, reason));
    if (wantsPrimary || primary().isEmpty()) {
      makePrimary(id);
    }
  }

  /** An active assignment becomes inactive; if it was primary, the oldest active one succeeds. */
  void deactivate(UUID id, String reason) {
    var slot = slot(id);
    boolean wasPrimary = slot.primary;
    slot.active = false;
    slot.primary = false;
    emit(
        EventTypes.USER_ORG_UNIT_DEACTIVATED,
        new UnitAssignmentStatusEvent(id, userId, organizationId, reason));
    if (wasPrimary) {
      slots.stream().filter(s -> s.active).findFirst().ifPresent(next -> changePrimary(next, id));
    }
  }

  /** An active assignment becomes the primary; nothing happens if it already is. */
  void makePrimary(UUID id) {
    var slot = slot(id);
    var previous = primary();
    if (previous.isPresent() && previous.get() == slot) {
      return;
    }
    changePrimary(slot, previous.map(s -> s.id).orElse(null));
  }

  Optional<UUID> idOfUnit(UUID unitId) {
    return slots.stream().filter(s -> s.unitId.equals(unitId)).map(s -> s.id).findFirst();
  }

  boolean isActive(UUID id) {
    return slot(id).active;
  }

  boolean isPrimary(UUID id) {
    return slot(id).primary;
  }

  List<PendingEvent> events() {
    return List.copyOf(events);
  }

  /** The command's decision: the planned events, if any, on the version read, and the result. */
  Decision<UnitAssignmentResult> decision(UUID id, boolean reactivated) {
    var decision = Decision.of(result(id, reactivated));
    if (!events.isEmpty()) {
      decision.expecting(StreamRef.user(userId), streamVersion);
      events.forEach(decision::emit);
    }
    return decision;
  }

  /** The outcome for {@code id}, with every assignment of the user in the organization. */
  UnitAssignmentResult result(UUID id, boolean reactivated) {
    var slot = slot(id);
    return new UnitAssignmentResult(
        userId,
        organizationId,
        slot.id,
        slot.unitId,
        slot.primary,
        status(slot),
        !events.isEmpty(),
        reactivated,
        primary().map(s -> s.id).orElse(null),
        slots.stream()
            .map(s -> new UnitAssignmentSummary(s.id, s.unitId, s.primary, status(s)))
            .toList());
  }

  private void changePrimary(Slot next, UUID previousId) {
    slots.forEach(s -> s.primary = false);
    next.primary = true;
    emit(
        EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED,
        new PrimaryUnitChangedEvent(userId, organizationId, next.id, previousId));
  }

  private void requireRoom() {
    long active = slots.stream().filter(s -> s.active).count();
    if (active >= limit) {
      throw Failures.ruleViolated(
          "unit_limit_reached",
          "organization_unit_id",
          "user %s already holds %d active unit assignments in organization %s (limit %d)"
              .formatted(userId, active, organizationId, limit));
    }
  }

  private Optional<Slot> primary() {
    return slots.stream().filter(s -> s.active && s.primary).findFirst();
  }

  private Slot slot(UUID id) {
    return slots.stream()
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no assignment " + id + " in the plan"));
  }

  private void emit(String type, Object data) {
    events.add(new PendingEvent(type, userId, data));
  }

  private static String status(Slot slot) {
    return slot.active ? UnitAssignmentRow.ACTIVE : UnitAssignmentRow.INACTIVE;
  }
}
