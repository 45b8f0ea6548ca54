package io.roster.activities.organizations;

import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.CommandMeta;
import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.organizations.OrganizationQueries;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganizationActivitiesTest {

  static CommandWorld world;
  static OrganizationActivities activities;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    activities = new OrganizationActivitiesImpl(world.executor);
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  private static String slug() {
    return "org-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void superAdminCreatesARootOrganizationWhosePathRosterBuilds() {
    var created =
        activities.createOrganization(
            new CreateOrganization(
                by(world.superAdmin), "Care Co", slug(), "America/Los_Angeles", null, true));
    assertThat(created.path())
        .isEqualTo("roster.org_" + created.organizationId().toString().replace("-", ""));
    var row =
        world
            .db
            .jdbi()
            .onDemand(OrganizationQueries.class)
            .findOrganization(created.organizationId());
    assertThat(row).get().extracting(r -> r.timezone()).isEqualTo("America/Los_Angeles");
    assertThat(row.get().directCareSettings()).contains("\"enable_staff_client_mapping\": true");
    assertThat(row.get().noticeDays()).containsExactly(14, 7, 1);
  }

  @Test
  void anOrgAdminMayNotCreateARootOrganizationButMayCreateOneUnderItsOwn() {
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            activities.createOrganization(
                new CreateOrganization(by(world.orgAdmin), "Rogue", slug(), "UTC", null, false)));
    var child =
        activities.createOrganization(
            new CreateOrganization(
                by(world.orgAdmin), "Branch", slug(), null, world.orgA.id(), false));
    assertThat(child.path()).startsWith(world.orgA.path() + ".org_");
  }

  @Test
  void badOrganizationInputIsRefusedNamingTheField() {
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "invalid_timezone",
        "timezone",
        () ->
            activities.createOrganization(
                new CreateOrganization(
                    by(world.superAdmin), "X", slug(), "Mars/Olympus", null, false)));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "invalid_slug",
        "slug",
        () ->
            activities.createOrganization(
                new CreateOrganization(
                    by(world.superAdmin), "X", "Not A Slug", "UTC", null, false)));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "required",
        "name",
        () ->
            activities.createOrganization(
                new CreateOrganization(by(world.superAdmin), " ", slug(), "UTC", null, false)));
  }

  @Test
  void aTakenSlugIsRefused() {
    var slug = slug();
    activities.createOrganization(
        new CreateOrganization(by(world.superAdmin), "First", slug, "UTC", null, false));
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "slug_taken",
        "slug",
        () ->
            activities.createOrganization(
                new CreateOrganization(by(world.superAdmin), "Second", slug, "UTC", null, false)));
  }

  @Test
  void orgAdminUpdatesSettingsAndACoordinatorMayNot() {
    var settings =
        activities.updateOrganizationSettings(
            new UpdateOrganizationSettings(
                by(world.orgAdmin),
                world.orgA.id(),
                true,
                "Pacific/Kiritimati",
                3,
                List.of(1, 30, 7)));
    assertThat(settings)
        .isEqualTo(
            new OrganizationSettings(
                world.orgA.id(), true, "Pacific/Kiritimati", 3, List.of(30, 7, 1)));
    var row =
        world
            .db
            .jdbi()
            .onDemand(OrganizationQueries.class)
            .findOrganization(world.orgA.id())
            .orElseThrow();
    assertThat(row.maxActiveUnitAssignments()).isEqualTo(3);
    assertThat(row.noticeDays()).containsExactly(30, 7, 1);
    activities.updateOrganizationSettings(
        new UpdateOrganizationSettings(
            by(world.orgAdmin), world.orgA.id(), false, "UTC", 5, List.of(14, 7, 1)));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            activities.updateOrganizationSettings(
                new UpdateOrganizationSettings(
                    by(world.coordinator), world.orgA.id(), true, null, null, null)));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            activities.updateOrganizationSettings(
                new UpdateOrganizationSettings(
                    by(world.orgBAdmin), world.orgA.id(), true, null, null, null)));
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "invalid_unit_assignment_limit",
        "max_active_unit_assignments",
        () ->
            activities.updateOrganizationSettings(
                new UpdateOrganizationSettings(
                    by(world.orgAdmin), world.orgA.id(), null, null, 0, null)));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "invalid_notice_days",
        "notice_days",
        () ->
            activities.updateOrganizationSettings(
                new UpdateOrganizationSettings(
                    by(world.orgAdmin), world.orgA.id(), null, null, null, List.of(7, 7))));
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "organization_not_found",
        "organization_id",
        () ->
            activities.updateOrganizationSettings(
                new UpdateOrganizationSettings(
                    by(world.orgAdmin), UUID.randomUUID(), true, null, null, null)));
  }

  @Test
  void unitsNestUnderTheirParentsPathInsideOneOrganization() {
    var facility =
        activities.createUnit(
            new CreateUnit(by(world.orgAdmin), world.orgA.id(), null, "North", "facility"));
    assertThat(facility.path())
        .isEqualTo(
            world.orgA.path() + ".facility_" + facility.unitId().toString().replace("-", ""));
    var program =
        activities.createUnit(
            new CreateUnit(
                by(world.orgAdmin), world.orgA.id(), facility.unitId(), "Youth", "program"));
    assertThat(program.path()).startsWith(facility.path() + ".program_");
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "unit_must_belong_to_same_organization",
        "parent_unit_id",
        () ->
            activities.createUnit(
                new CreateUnit(
                    by(world.orgAdmin),
                    world.orgA.id(),
                    world.facilityB.id(),
                    "Sneaky",
                    "program")));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "invalid_kind",
        "kind",
        () ->
            activities.createUnit(
                new CreateUnit(by(world.orgAdmin), world.orgA.id(), null, "Bad", "Facility!")));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            activities.createUnit(
                new CreateUnit(
                    by(world.facilityAdmin), world.orgA.id(), null, "Nope", "facility")));
  }

  @Test
  void aUnitWithActiveSubUnitsCannotBeDeactivatedAndALeafCanTwiceWithoutASecondEvent() {
    var facility =
        activities.createUnit(
            new CreateUnit(by(world.orgAdmin), world.orgA.id(), null, "South", "facility"));
    var program =
        activities.createUnit(
            new CreateUnit(by(world.orgAdmin), world.orgA.id(), facility.unitId(), "P", "program"));
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "unit_has_active_children",
        "unit_id",
        () ->
            activities.deactivateUnit(new ChangeUnitStatus(by(world.orgAdmin), facility.unitId())));
    assertThat(
            activities
                .deactivateUnit(new ChangeUnitStatus(by(world.orgAdmin), program.unitId()))
                .changed())
        .isTrue();
    long events = world.eventCount();
    assertThat(
            activities
                .deactivateUnit(new ChangeUnitStatus(by(world.orgAdmin), program.unitId()))
                .changed())
        .isFalse();
    assertThat(world.eventCount()).isEqualTo(events);
    assertThat(
            activities
                .reactivateUnit(new ChangeUnitStatus(by(world.orgAdmin), program.unitId()))
                .active())
        .isTrue();
  }

  @Test
  void theSameKeyTwiceReturnsTheFirstResultAndWritesOnce() {
    var meta = by(world.superAdmin);
    var input = new CreateOrganization(meta, "Once", slug(), "UTC", null, false);
    var first = activities.createOrganization(input);
    long events = world.eventCount();
    var second = activities.createOrganization(input);
    assertThat(second).isEqualTo(first);
    assertThat(world.eventCount()).isEqualTo(events);
    var reused =
        new CreateUnit(
            new CommandMeta(world.orgAdmin, meta.idempotencyKey(), "api", null, null),
            world.orgA.id(),
            null,
            "U",
            "facility");
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "idempotency_key_reused",
        "idempotency_key",
        () -> activities.createUnit(reused));
  }
}
