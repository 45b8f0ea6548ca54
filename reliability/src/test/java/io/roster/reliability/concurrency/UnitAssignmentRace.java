package io.roster.reliability.concurrency;

import io.roster.activities.command.CommandMeta;
import io.roster.activities.command.Failures;
import io.roster.activities.orgunits.AssignUnit;
import io.roster.activities.orgunits.ChangeUnitAssignment;
import io.roster.activities.orgunits.OrgUnitAssignmentActivities;
import io.roster.activities.orgunits.UnitAssignmentResult;
import io.roster.db.events.VersionConflictException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Unit-assignment commands racing on one user: each call of {@link #runOne} picks, from its own
 * seeded random, an assignment (any of the units, primary or not), a deactivation, a reactivation
 * or a change of primary, on whatever the user's assignments are at that moment, as a coordinator
 * or an org admin, each under a key of its own. A version conflict is retried with the same key, as
 * an HTTP client would; every outcome is counted.
 */
final class UnitAssignmentRace {

  static final int CONFLICT_RETRIES = 20;

  private final OrgUnitAssignmentActivities commands;
  private final Jdbi jdbi;
  private final UUID user;
  private final List<UUID> units;
  private final List<UUID> actors;
  private final AtomicLong changed = new AtomicLong();
  private final AtomicLong unchanged = new AtomicLong();
  private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
  private final Map<String, Boolean> keys = new ConcurrentHashMap<>();

  UnitAssignmentRace(
      OrgUnitAssignmentActivities commands,
      Jdbi jdbi,
      UUID user,
      List<UUID> units,
      List<UUID> actors) {
    this.commands = commands;
    this.jdbi = jdbi;
    this.user = user;
    this.units = units;
    this.actors = actors;
  }

  /** Runs {@code count} random commands of racer {@code racer}. */
  void run(int racer, int count) {
    var random = new Random(1_000L + racer);
    for (int n = 0; n < count; n++) {
      var key = "race/" + racer + "/" + n + "/" + UUID.randomUUID();
      var meta = CommandMeta.of(actors.get(random.nextInt(actors.size())), key);
      int op = random.nextInt(100);
      Supplier<UnitAssignmentResult> command;
      if (op < 40 || assignments().isEmpty()) {
        var unit = units.get(random.nextInt(units.size()));
        boolean primary = random.nextInt(100) < 30;
        command = () -> commands.assignUnit(new AssignUnit(meta, user, unit, null, primary, null));
      } else {
        var existing = assignments();
        var target = existing.get(random.nextInt(existing.size()));
        var change = new ChangeUnitAssignment(meta, user, target, null, null, "reason " + key);
        command =
            op < 65
                ? () -> commands.deactivateUnitAssignment(change)
                : op < 85
                    ? () -> commands.reactivateUnitAssignment(change)
                    : () -> commands.setPrimaryUnit(change);
      }
      apply(key, command);
    }
  }

  private void apply(String key, Supplier<UnitAssignmentResult> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        var result = command.get();
        (result.changed() ? changed : unchanged).incrementAndGet();
        keys.put(key, true);
        return;
      } catch (VersionConflictException conflict) {
        if (attempt >= CONFLICT_RETRIES) {
          throw conflict;
        }
      } catch (ApplicationFailure refused) {
        refusals.computeIfAbsent(Failures.code(refused), c -> new AtomicLong()).incrementAndGet();
        keys.put(key, false);
        return;
      }
    }
  }

  private List<UUID> assignments() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id FROM user_org_unit_assignments_projection WHERE user_id = :u ORDER BY id")
                .bind("u", user)
                .mapTo(UUID.class)
                .list());
  }

  long changed() {
    return changed.get();
  }

  long unchanged() {
    return unchanged.get();
  }

  /** Refusals by machine code. */
  Map<String, Long> refusals() {
    var counts = new java.util.TreeMap<String, Long>();
    refusals.forEach((code, n) -> counts.put(code, n.get()));
    return counts;
  }

  /** Every key used, and whether its command went through (false: refused). */
  Map<String, Boolean> keys() {
    return keys;
  }
}
