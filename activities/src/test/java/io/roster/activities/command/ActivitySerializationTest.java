package io.roster.activities.command;

import static io.roster.activities.testing.CommandWorld.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.roster.activities.organizations.ChangeUnitStatus;
import io.roster.activities.organizations.CreateOrganization;
import io.roster.activities.organizations.CreateUnit;
import io.roster.activities.organizations.OrganizationActivities;
import io.roster.activities.organizations.OrganizationActivitiesImpl;
import io.roster.activities.organizations.UpdateOrganizationSettings;
import io.roster.activities.roles.AssignRole;
import io.roster.activities.roles.ChangeRoleWindow;
import io.roster.activities.roles.RevokeRole;
import io.roster.activities.roles.RoleActivities;
import io.roster.activities.roles.RoleActivitiesImpl;
import io.roster.activities.testing.ActivityRoundTrip;
import io.roster.activities.testing.CommandWorld;
import io.roster.activities.users.CreateUser;
import io.roster.activities.users.SetOrgAccess;
import io.roster.activities.users.UserActivities;
import io.roster.activities.users.UserActivitiesImpl;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organization, user and role commands through Temporal's data converter, both ways. */
class ActivitySerializationTest {

  static CommandWorld world;
  static ActivityRoundTrip temporal;
  static OrganizationActivities organizations;
  static UserActivities users;
  static RoleActivities roles;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    temporal = new ActivityRoundTrip();
    organizations =
        temporal.stub(OrganizationActivities.class, new OrganizationActivitiesImpl(world.executor));
    users = temporal.stub(UserActivities.class, new UserActivitiesImpl(world.executor));
    roles = temporal.stub(RoleActivities.class, new RoleActivitiesImpl(world.executor));
  }

  @AfterAll
  static void tearDown() {
    temporal.close();
    world.close();
  }

  @Test
  void everyOrganizationUserAndRoleCommandRoundTripsThroughTemporal() {
    var org =
        organizations.createOrganization(
            new CreateOrganization(
                by(world.superAdmin),
                "Temporal Org",
                "temporal-" + UUID.randomUUID().toString().substring(0, 6),
                "Europe/Oslo",
                null,
                true));
    assertThat(org.path()).startsWith("roster.org_");
    var settings =
        organizations.updateOrganizationSettings(
            new UpdateOrganizationSettings(
                by(world.superAdmin), org.organizationId(), false, "UTC", 4, List.of(10, 2)));
    assertThat(settings.noticeDays()).containsExactly(10, 2);
    var unit =
        organizations.createUnit(
            new CreateUnit(by(world.superAdmin), org.organizationId(), null, "F", "facility"));
    assertThat(
            organizations
                .deactivateUnit(new ChangeUnitStatus(by(world.superAdmin), unit.unitId()))
                .active())
        .isFalse();
    assertThat(
            organizations
                .reactivateUnit(new ChangeUnitStatus(by(world.superAdmin), unit.unitId()))
                .active())
        .isTrue();

    var user =
        users.createUser(
            new CreateUser(
                by(world.superAdmin), "rt-" + UUID.randomUUID() + "@example.org", "R", "T"));
    var access =
        users.setOrgAccess(
            new SetOrgAccess(
                by(world.superAdmin),
                user.userId(),
                org.organizationId(),
                LocalDate.of(2025, 1, 1),
                null));
    assertThat(access.accessStartDate()).isEqualTo(LocalDate.of(2025, 1, 1));

    var assigned =
        roles.assignRole(
            new AssignRole(
                by(world.superAdmin),
                user.userId(),
                "clinician",
                null,
                org.organizationId(),
                unit.path(),
                null,
                LocalDate.of(2030, 1, 1)));
    assertThat(assigned.scopePath()).isEqualTo(unit.path());
    var window =
        roles.changeRoleWindow(
            new ChangeRoleWindow(
                by(world.superAdmin),
                user.userId(),
                assigned.roleId(),
                null,
                org.organizationId(),
                null,
                null));
    assertThat(window.roleValidUntil()).isNull();
    var revoked =
        roles.revokeRole(
            new RevokeRole(
                by(world.superAdmin),
                user.userId(),
                assigned.roleId(),
                null,
                org.organizationId(),
                "done"));
    assertThat(revoked.roleName()).isEqualTo("clinician");
  }

  @Test
  void aRefusalArrivesAsItsApplicationFailureWithCodeAndField() {
    var failure =
        catchThrowableOfType(
            ActivityFailure.class,
            () ->
                roles.assignRole(
                    new AssignRole(
                        by(world.orgAdmin),
                        world.staff,
                        "clinician",
                        null,
                        world.orgA.id(),
                        null,
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 1, 1))));
    var cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo(Failures.VALIDATION_FAILED);
    assertThat(Failures.code(cause)).isEqualTo("date_order");
    assertThat(Failures.field(cause)).isEqualTo("role_valid_until");
    assertThat(cause.isNonRetryable()).isTrue();
  }
}
