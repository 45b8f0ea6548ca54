package io.roster.workflows.onboarding;

import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StaffSchedule;
import io.roster.activities.onboarding.StaffUnit;
import io.roster.activities.testing.CommandWorld;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Staff members for onboarding tests, in org A of a {@link CommandWorld}. */
final class StaffFactory {

  private final CommandWorld world;
  private final UUID templateId;

  StaffFactory(CommandWorld world, UUID templateId) {
    this.world = world;
    this.templateId = templateId;
  }

  /**
   * A full member: org access, a clinician role at facility 1 and a windowed peer_mentor role at
   * the organization, facility 1 (primary) and facility 2, the template, two clients. Its events:
   * user.created, user.access_dates.updated, 2 user.role.assigned, 2 user.org_unit.assigned,
   * schedule.user_assigned, 2 user.client.assigned: 9.
   */
  StaffMember full(String email) {
    return new StaffMember(
        null,
        email,
        "First",
        "Last",
        LocalDate.of(2025, 1, 1),
        null,
        List.of(
            new StaffRole("clinician", world.facility1.path(), null, null),
            new StaffRole(
                "peer_mentor", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))),
        List.of(
            new StaffUnit(world.facility2.id(), false), new StaffUnit(world.facility1.id(), true)),
        new StaffSchedule(templateId, LocalDate.of(2025, 1, 1), null),
        List.of(UUID.randomUUID(), UUID.randomUUID()));
  }

  static final int EVENTS_PER_FULL_MEMBER = 9;

  /** A small member: one role and one unit; events: user.created, role, unit: 3. */
  StaffMember small(String email) {
    return new StaffMember(
        null,
        email,
        "Small",
        "Member",
        null,
        null,
        List.of(new StaffRole("clinician", null, null, null)),
        List.of(new StaffUnit(world.facility1.id(), true)),
        null,
        List.of());
  }

  StaffMember withRole(StaffMember member, StaffRole role) {
    return new StaffMember(
        member.userId(),
        member.email(),
        member.firstName(),
        member.lastName(),
        member.accessStartDate(),
        member.accessExpirationDate(),
        List.of(role),
        member.orgUnits(),
        member.schedule(),
        member.clientIds());
  }

  StaffMember withUnit(StaffMember member, UUID unitId) {
    return new StaffMember(
        member.userId(),
        member.email(),
        member.firstName(),
        member.lastName(),
        member.accessStartDate(),
        member.accessExpirationDate(),
        member.roles(),
        List.of(new StaffUnit(unitId, true)),
        member.schedule(),
        member.clientIds());
  }
}
