package io.roster.db.events;

import static io.roster.db.events.EventTypes.ORGANIZATION_SETTINGS_UPDATED;
import static io.roster.db.events.EventTypes.ORGANIZATION_UNIT_DEACTIVATED;
import static io.roster.db.events.EventTypes.ORGANIZATION_UNIT_REACTIVATED;
import static io.roster.db.events.EventTypes.USER_ACCESS_DATES_UPDATED;
import static io.roster.db.testing.EventFixtures.data;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.EventFixtures.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A reproducible, valid history of every kind of event. A seeded {@link Random} picks each next
 * move; a small model of what exists (here, and in {@link RandomMemberships}, {@link
 * RandomSchedules} and {@link RandomUnitAssignments}) keeps every event applicable, as a command
 * would. Only ordered collections are drawn from, so one seed always gives one history.
 */
final class RandomHistory {

  private static final String[] ZONES = {"UTC", "Europe/Oslo", "America/Chicago", "Asia/Tokyo"};
  private static final String[] TIMES = {"0600", "0800", "1400", "1630", "2200"};
  private static final LocalDate DAY0 = LocalDate.parse("2026-01-01");

  private final EventFixtures fixtures;
  private final Random random;
  private final List<UUID> actors = List.of(UUID.randomUUID(), UUID.randomUUID());
  final List<Org> orgs = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  final Set<UUID> inactiveUnits = new HashSet<>();
  final List<UUID> users = new ArrayList<>();
  private int appended;

  RandomHistory(EventFixtures fixtures, Random random) {
    this.fixtures = fixtures;
    this.random = random;
  }

  /** Appends valid events until at least {@code events} have been stored. */
  void append(int events) {
    var moves = new ArrayList<BooleanSupplier>();
    moves.addAll(
        List.of(
            this::organization,
            this::unit,
            this::unit,
            this::toggleUnit,
            this::settings,
            this::user,
            this::user,
            this::access));
    moves.addAll(new RandomMemberships(this).moves());
    moves.addAll(new RandomSchedules(this).moves());
    moves.addAll(new RandomUnitAssignments(this).moves());
    while (appended < events) {
      moves.get(random.nextInt(moves.size())).getAsBoolean();
    }
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean coin() {
    return random.nextBoolean();
  }

  <T> T any(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** An actor, or the system (null) one time in four. */
  UUID actor() {
    return random.nextInt(4) == 0 ? null : any(actors);
  }

  /** A human actor, for events that must name one (unit deactivations). */
  UUID person() {
    return any(actors);
  }

  /** Appends one event as a random actor. */
  void event(String type, UUID stream, Map<String, Object> payload) {
    fixtures.as(actor()).event(type, stream, payload);
    appended++;
  }

  /** Appends several events as one command, all or nothing. */
  void command(UUID actor, PendingEvent... events) {
    var metadata = EventMetadata.of(actor, "workflow");
    fixtures.store().append(AppendRequest.of("history-" + UUID.randomUUID(), metadata, events));
    appended += events.length;
  }

  /** A date in 2026, or null (no bound) one time in three. */
  LocalDate day() {
    return random.nextInt(3) == 0 ? null : DAY0.plusDays(random.nextInt(365));
  }

  /** A date on or after {@code from}, or null. */
  LocalDate dayAfter(LocalDate from) {
    return coin() ? null : (from == null ? DAY0 : from).plusDays(random.nextInt(90));
  }

  /** A weekly schedule in the JSON of 002, some days off, some overnight. */
  Map<String, Object> weekly() {
    var week = new HashMap<String, Object>();
    for (var day : List.of("monday", "tuesday", "wednesday", "friday", "sunday")) {
      var hours = Map.of("begin", any(List.of(TIMES)), "end", "1200");
      week.put(day, random.nextInt(3) == 0 ? null : hours);
    }
    return week;
  }

  String tag() {
    return "h" + appended;
  }

  private boolean organization() {
    if (orgs.size() >= 3) return false;
    orgs.add(fixtures.organization("Org " + orgs.size(), any(List.of(ZONES))));
    appended++;
    return true;
  }

  private boolean unit() {
    if (orgs.isEmpty() || units.size() >= 10) return false;
    var org = any(orgs);
    var siblings = units.stream().filter(u -> u.organizationId().equals(org.id())).toList();
    var kind = any(List.of("facility", "program", "chapter"));
    var name = "Unit " + units.size();
    var top = siblings.isEmpty() || coin();
    units.add(top ? fixtures.unit(org, kind, name) : fixtures.unit(any(siblings), kind, name));
    appended++;
    return true;
  }

  private boolean toggleUnit() {
    if (units.isEmpty()) return false;
    var unit = any(units);
    var off = inactiveUnits.contains(unit.id());
    var type = off ? ORGANIZATION_UNIT_REACTIVATED : ORGANIZATION_UNIT_DEACTIVATED;
    event(type, unit.id(), data("unit_id", unit.id(), "organization_id", unit.organizationId()));
    if (!inactiveUnits.remove(unit.id())) inactiveUnits.add(unit.id());
    return true;
  }

  private boolean settings() {
    if (orgs.isEmpty()) return false;
    var org = any(orgs).id();
    var flags = Map.of("enable_staff_client_mapping", coin());
    var payload = data("organization_id", org, "direct_care_settings", flags);
    payload.put("timezone", coin() ? null : any(List.of(ZONES)));
    payload.put("max_active_unit_assignments", 5 + random.nextInt(3));
    event(ORGANIZATION_SETTINGS_UPDATED, org, payload);
    return true;
  }

  private boolean user() {
    if (users.size() >= 12) return false;
    users.add(fixtures.user());
    appended++;
    return true;
  }

  private boolean access() {
    if (users.isEmpty() || orgs.isEmpty()) return false;
    var user = any(users);
    var from = day();
    var payload = data("user_id", user, "org_id", any(orgs).id());
    payload.putAll(data("access_start_date", from, "access_expiration_date", dayAfter(from)));
    event(USER_ACCESS_DATES_UPDATED, user, payload);
    return true;
  }
}
