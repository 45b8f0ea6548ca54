package io.roster.reliability.support;

import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StaffSchedule;
import io.roster.activities.onboarding.StaffUnit;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.EventFixtures.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staff members for onboarding requests in one organization, and the events each one must produce:
 * org access, a clinician role at the first facility, both facilities (the first primary) and the
 * schedule template every member shares. Six commands, six events, one of them on the template's
 * stream, which all members append to.
 */
public final class Staff {

  private final Unit primary;
  private final Unit secondary;
  private final UUID templateId;

  private Staff(Unit primary, Unit secondary, UUID templateId) {
    this.primary = primary;
    this.secondary = secondary;
    this.templateId = templateId;
  }

  /** Staff of {@code org} over two of its units; writes the schedule template they join. */
  public static Staff of(EventFixtures fixtures, Org org, Unit primary, Unit secondary) {
    var template = UUID.randomUUID();
    fixtures.append(
        EventTypes.SCHEDULE_CREATED,
        template,
        EventFixtures.data(
            "template_id",
            template,
            "organization_id",
            org.id(),
            "org_unit_id",
            null,
            "schedule_name",
            "Weekdays",
            "schedule",
            Map.of("monday", Map.of("begin", "0800", "end", "1630"))));
    return new Staff(primary, secondary, template);
  }

  public StaffMember member(String email) {
    return new StaffMember(
        null,
        email,
        "First",
        "Last",
        LocalDate.of(2025, 1, 1),
        null,
        List.of(new StaffRole("clinician", primary.path(), null, null)),
        List.of(new StaffUnit(secondary.id(), false), new StaffUnit(primary.id(), true)),
        new StaffSchedule(templateId, LocalDate.of(2025, 1, 1), null),
        List.of());
  }

  /** {@code count} members with emails {@code <prefix>-<i>@reliability.test}. */
  public List<StaffMember> members(String prefix, int count) {
    var members = new ArrayList<StaffMember>(count);
    for (int i = 0; i < count; i++) {
      members.add(member(prefix + "-" + i + "@reliability.test"));
    }
    return members;
  }

  /** The events one member must produce, by type. */
  public Map<String, Long> eventsPerMember() {
    var events = new LinkedHashMap<String, Long>();
    events.put(EventTypes.SCHEDULE_USER_ASSIGNED, 1L);
    events.put(EventTypes.USER_ACCESS_DATES_UPDATED, 1L);
    events.put(EventTypes.USER_CREATED, 1L);
    events.put(EventTypes.USER_ORG_UNIT_ASSIGNED, 2L);
    events.put(EventTypes.USER_ROLE_ASSIGNED, 1L);
    return events;
  }

  /** The events {@code members} members must produce, by type (sorted like the ledger's). */
  public Map<String, Long> eventsFor(int members) {
    var events = new LinkedHashMap<String, Long>();
    eventsPerMember().forEach((type, n) -> events.put(type, n * members));
    return events;
  }

  /** Every event type an onboarding writes: a fact of one of them must never appear twice. */
  public static List<String> factTypes() {
    return List.of(
        EventTypes.USER_CREATED,
        EventTypes.USER_ACCESS_DATES_UPDATED,
        EventTypes.USER_ROLE_ASSIGNED,
        EventTypes.USER_ORG_UNIT_ASSIGNED,
        EventTypes.SCHEDULE_USER_ASSIGNED,
        EventTypes.USER_CLIENT_ASSIGNED);
  }
}
