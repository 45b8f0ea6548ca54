package io.roster.reliability.concurrency;

import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StaffUnit;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Members of two onboarding requests of org A that overlap: the same email in both requests asks
 * for exactly the same things (access, a clinician role at facility 1, a peer_mentor role whose
 * window opened long ago, facilities 1 (primary) and 2, one client derived from the email), so
 * whichever request applies it second has nothing left to write.
 */
final class OverlapStaff {

  /** Events one distinct member produces, by type, in the ledger's order. */
  static final Map<String, Long> EVENTS_PER_MEMBER = new LinkedHashMap<>();

  static {
    EVENTS_PER_MEMBER.put(EventTypes.USER_ACCESS_DATES_UPDATED, 1L);
    EVENTS_PER_MEMBER.put(EventTypes.USER_CLIENT_ASSIGNED, 1L);
    EVENTS_PER_MEMBER.put(EventTypes.USER_CREATED, 1L);
    EVENTS_PER_MEMBER.put(EventTypes.USER_ORG_UNIT_ASSIGNED, 2L);
    EVENTS_PER_MEMBER.put(EventTypes.USER_ROLE_ASSIGNED, 2L);
  }

  private final CommandWorld world;

  OverlapStaff(CommandWorld world) {
    this.world = world;
  }

  /** {@code shared} members in both requests, then {@code own} members of this request only. */
  List<StaffMember> request(String tag, int shared, int own) {
    var members = new ArrayList<StaffMember>();
    for (int i = 0; i < shared; i++) {
      members.add(member(null, "shared-" + i + "@overlap.test"));
    }
    for (int i = 0; i < own; i++) {
      members.add(member(null, tag + "-" + i + "@overlap.test"));
    }
    return members;
  }

  /** An existing user (named by id) asking for the same things. */
  StaffMember existing(UUID userId) {
    return member(userId, null);
  }

  private StaffMember member(UUID userId, String email) {
    var key = userId != null ? userId.toString() : email;
    return new StaffMember(
        userId,
        email,
        "Over",
        "Lap",
        LocalDate.of(2025, 1, 1),
        null,
        List.of(
            new StaffRole("clinician", world.facility1.path(), null, null),
            new StaffRole(
                "peer_mentor", null, LocalDate.of(2025, 1, 1), LocalDate.of(2099, 12, 31))),
        List.of(
            new StaffUnit(world.facility2.id(), false), new StaffUnit(world.facility1.id(), true)),
        null,
        List.of(UUID.nameUUIDFromBytes(("client/" + key).getBytes(StandardCharsets.UTF_8))));
  }
}
