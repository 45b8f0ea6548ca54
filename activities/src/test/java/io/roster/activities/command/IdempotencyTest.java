package io.roster.activities.command;

import static io.roster.activities.testing.CommandWorld.by;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.organizations.ChangeUnitStatus;
import io.roster.activities.organizations.CreateOrganization;
import io.roster.activities.organizations.CreateUnit;
import io.roster.activities.organizations.OrganizationActivitiesImpl;
import io.roster.activities.organizations.UpdateOrganizationSettings;
import io.roster.activities.roles.AssignRole;
import io.roster.activities.roles.ChangeRoleWindow;
import io.roster.activities.roles.RevokeRole;
import io.roster.activities.roles.RoleActivitiesImpl;
import io.roster.activities.testing.CommandWorld;
import io.roster.activities.users.CreateUser;
import io.roster.activities.users.SetOrgAccess;
import io.roster.activities.users.UserActivitiesImpl;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every organization, user and role command run twice with one key writes one set of events. */
class IdempotencyTest {

  static CommandWorld world;
  static OrganizationActivitiesImpl organizations;
  static UserActivitiesImpl users;
  static RoleActivitiesImpl roles;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    organizations = new OrganizationActivitiesImpl(world.executor);
    users = new UserActivitiesImpl(world.executor);
    roles = new RoleActivitiesImpl(world.executor);
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  /** Runs the command twice with the same meta: same result, and the second adds no event. */
  private static <R> R twice(Function<CommandMeta, R> command) {
    var meta = by(world.superAdmin);
    long before = world.eventCount();
    var first = command.apply(meta);
    long afterFirst = world.eventCount();
    var second = command.apply(meta);
    assertThat(afterFirst).as("the first run writes").isGreaterThan(before);
    assertThat(second).isEqualTo(first);
    assertThat(world.eventCount()).as("the second run writes nothing").isEqualTo(afterFirst);
    return first;
  }

  @Test
  void organizationCommandsRunTwiceWriteOnce() {
    var org =
        twice(
            m ->
                organizations.createOrganization(
                    new CreateOrganization(
                        m,
                        "Twice",
                        "twice-" + UUID.randomUUID().toString().substring(0, 8),
                        "UTC",
                        null,
                        false)));
    twice(
        m ->
            organizations.updateOrganizationSettings(
                new UpdateOrganizationSettings(
                    m, org.organizationId(), true, "Europe/Paris", 3, List.of(5, 2))));
    var unit =
        twice(
            m ->
                organizations.createUnit(
                    new CreateUnit(m, org.organizationId(), null, "Once", "facility")));
    twice(m -> organizations.deactivateUnit(new ChangeUnitStatus(m, unit.unitId())));
    twice(m -> organizations.reactivateUnit(new ChangeUnitStatus(m, unit.unitId())));
  }

  @Test
  void userCommandsRunTwiceWriteOnce() {
    var user =
        twice(
            m ->
                users.createUser(
                    new CreateUser(m, "twice-" + UUID.randomUUID() + "@example.org", "T", "W")));
    twice(
        m ->
            users.setOrgAccess(
                new SetOrgAccess(
                    m,
                    user.userId(),
                    world.orgA.id(),
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31))));
  }

  @Test
  void roleCommandsRunTwiceWriteOnce() {
    var user = world.newUser("twice-roles");
    var assigned =
        twice(
            m ->
                roles.assignRole(
                    new AssignRole(
                        m,
                        user,
                        "clinician",
                        null,
                        world.orgA.id(),
                        world.facility1.path(),
                        null,
                        LocalDate.of(2030, 1, 1))));
    twice(
        m ->
            roles.changeRoleWindow(
                new ChangeRoleWindow(
                    m,
                    user,
                    assigned.roleId(),
                    null,
                    world.orgA.id(),
                    LocalDate.of(2025, 1, 1),
                    null)));
    twice(
        m ->
            roles.revokeRole(
                new RevokeRole(m, user, assigned.roleId(), null, world.orgA.id(), "done")));
  }
}
