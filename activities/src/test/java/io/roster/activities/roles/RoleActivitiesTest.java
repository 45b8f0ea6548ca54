package io.roster.activities.roles;

import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.CommandMeta;
import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.roles.RoleQueries;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoleActivitiesTest {

  static CommandWorld world;
  static RoleActivities roles;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    roles = new RoleActivitiesImpl(world.executor);
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  private static AssignRole assign(UUID actor, UUID user, String role, UUID org, String scope) {
    return new AssignRole(by(actor), user, role, null, org, scope, null, null);
  }

  @Test
  void anOrgAdminAssignsARoleAtAFacilityWithAWindow() {
    var user = world.newUser("nurse");
    var result =
        roles.assignRole(
            new AssignRole(
                by(world.orgAdmin),
                user,
                "clinician",
                null,
                world.orgA.id(),
                world.facility1.path(),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 6, 30)));
    assertThat(result.changed()).isTrue();
    var row =
        world
            .db
            .jdbi()
            .onDemand(RoleQueries.class)
            .findAssignment(user, result.roleId(), world.orgA.id())
            .orElseThrow();
    assertThat(row.scopePath()).isEqualTo(world.facility1.path());
    assertThat(row.roleValidUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void theScopeDefaultsToTheOrganizationAndAnIdenticalAssignmentWritesNothing() {
    var user = world.newUser("default-scope");
    var first =
        roles.assignRole(assign(world.orgAdmin, user, "coordinator", world.orgA.id(), null));
    assertThat(first.scopePath()).isEqualTo(world.orgA.path());
    long events = world.eventCount();
    assertThat(
            roles
                .assignRole(assign(world.orgAdmin, user, "coordinator", world.orgA.id(), null))
                .changed())
        .isFalse();
    assertThat(world.eventCount()).isEqualTo(events);
  }

  @Test
  void aFacilityAdminGrantsInsideItsFacilityButNeverWiderOrBeside() {
    var user = world.newUser("scoped");
    assertThat(
            roles
                .assignRole(
                    assign(
                        world.facilityAdmin,
                        user,
                        "clinician",
                        world.orgA.id(),
                        world.program1.path()))
                .changed())
        .isTrue();
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            roles.assignRole(
                assign(
                    world.facilityAdmin, user, "peer_mentor", world.orgA.id(), world.orgA.path())));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            roles.assignRole(
                assign(
                    world.facilityAdmin,
                    user,
                    "peer_mentor",
                    world.orgA.id(),
                    world.facility2.path())));
  }

  @Test
  void nobodyGrantsARoleCarryingPermissionsTheyLack() {
    var user = world.newUser("escalate");
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "privilege_escalation",
        null,
        () ->
            roles.assignRole(
                assign(
                    world.facilityAdmin,
                    user,
                    "provider_admin",
                    world.orgA.id(),
                    world.facility1.path())));
  }

  @Test
  void nobodyAssignsRolesToThemselves() {
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "self_modification",
        null,
        () ->
            roles.assignRole(
                assign(world.orgAdmin, world.orgAdmin, "coordinator", world.orgA.id(), null)));
  }

  @Test
  void rolesScopesAndOrganizationsMustExistAndMatch() {
    var user = world.newUser("checks");
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "role_not_found",
        "role_name",
        () -> roles.assignRole(assign(world.orgAdmin, user, "wizard", world.orgA.id(), null)));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "scope_outside_organization",
        "scope_path",
        () ->
            roles.assignRole(
                assign(
                    world.orgAdmin, user, "clinician", world.orgA.id(), world.facilityB.path())));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "unknown_scope_path",
        "scope_path",
        () ->
            roles.assignRole(
                assign(
                    world.orgAdmin,
                    user,
                    "clinician",
                    world.orgA.id(),
                    world.orgA.path() + ".facility_deadbeef")));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "invalid_path",
        "scope_path",
        () ->
            roles.assignRole(
                assign(world.orgAdmin, user, "clinician", world.orgA.id(), "roster..org'; --")));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "org_required",
        "org_id",
        () -> roles.assignRole(assign(world.superAdmin, user, "clinician", null, null)));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "super_admin_is_global",
        "org_id",
        () ->
            roles.assignRole(assign(world.superAdmin, user, "super_admin", world.orgA.id(), null)));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "date_order",
        "role_valid_until",
        () ->
            roles.assignRole(
                new AssignRole(
                    by(world.orgAdmin),
                    user,
                    "clinician",
                    null,
                    world.orgA.id(),
                    null,
                    LocalDate.of(2025, 2, 1),
                    LocalDate.of(2025, 1, 15))));
  }

  @Test
  void revokingRemovesTheAssignmentAndNeedsRevokePermissionAtItsScope() {
    var user = world.newUser("revoke");
    var assigned =
        roles.assignRole(
            assign(world.orgAdmin, user, "clinician", world.orgA.id(), world.facility2.path()));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            roles.revokeRole(
                new RevokeRole(
                    by(world.facilityAdmin),
                    user,
                    assigned.roleId(),
                    null,
                    world.orgA.id(),
                    null)));
    roles.revokeRole(
        new RevokeRole(by(world.orgAdmin), user, null, "clinician", world.orgA.id(), "left"));
    assertThat(
            world
                .db
                .jdbi()
                .onDemand(RoleQueries.class)
                .findAssignment(user, assigned.roleId(), world.orgA.id()))
        .isEmpty();
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "role_assignment_not_found",
        "role_id",
        () ->
            roles.revokeRole(
                new RevokeRole(
                    by(world.orgAdmin), user, null, "clinician", world.orgA.id(), null)));
  }

  @Test
  void theLastActiveSuperAdminCannotBeRevoked() {
    var second = world.newUser("second-super");
    roles.assignRole(assign(world.superAdmin, second, "super_admin", null, null));
    roles.revokeRole(
        new RevokeRole(by(second), world.superAdmin, null, "super_admin", null, "rotation"));
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "last_super_admin",
        "role_id",
        () ->
            roles.revokeRole(
                new RevokeRole(
                    CommandMeta.system("sys-" + UUID.randomUUID(), "api"),
                    second,
                    null,
                    "super_admin",
                    null,
                    null)));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "self_modification",
        null,
        () ->
            roles.revokeRole(new RevokeRole(by(second), second, null, "super_admin", null, null)));
  }

  @Test
  void aWindowChangeCanClearADateAndKeepsTheScope() {
    var user = world.newUser("window");
    roles.assignRole(
        new AssignRole(
            by(world.orgAdmin),
            user,
            "clinician",
            null,
            world.orgA.id(),
            world.facility1.path(),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 31)));
    var changed =
        roles.changeRoleWindow(
            new ChangeRoleWindow(
                by(world.orgAdmin),
                user,
                null,
                "clinician",
                world.orgA.id(),
                LocalDate.of(2025, 1, 1),
                null));
    assertThat(changed.roleValidUntil()).isNull();
    assertThat(changed.scopePath()).isEqualTo(world.facility1.path());
    var row =
        world
            .db
            .jdbi()
            .onDemand(RoleQueries.class)
            .findAssignment(user, changed.roleId(), world.orgA.id())
            .orElseThrow();
    assertThat(row.roleValidUntil()).isNull();
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "date_order",
        "role_valid_until",
        () ->
            roles.changeRoleWindow(
                new ChangeRoleWindow(
                    by(world.orgAdmin),
                    user,
                    null,
                    "clinician",
                    world.orgA.id(),
                    LocalDate.of(2025, 5, 1),
                    LocalDate.of(2025, 4, 1))));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            roles.changeRoleWindow(
                new ChangeRoleWindow(
                    by(world.coordinator), user, null, "clinician", world.orgA.id(), null, null)));
  }
}
