package io.roster.activities.schedules;

import static io.roster.activities.command.Failures.NOT_FOUND;
import static io.roster.activities.command.Failures.RULE_VIOLATED;
import static io.roster.activities.command.Failures.VALIDATION_FAILED;
import static io.roster.activities.schedules.ScheduleFixtures.shift;
import static io.roster.activities.schedules.ScheduleFixtures.week;
import static io.roster.activities.schedules.ScheduleFixtures.weekdays;
import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.schedules.WeeklyScheduleJson;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Creating, updating, deactivating and reactivating schedule templates (001): each rule. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleTemplateRulesTest {

  private CommandWorld world;
  private ScheduleFixtures s;

  @BeforeAll
  void setUp() {
    world = new CommandWorld();
    s = new ScheduleFixtures(world);
  }

  @AfterAll
  void tearDown() {
    world.close();
  }

  private ScheduleTemplate create(UUID actor, UUID orgId, UUID unitId, String name) {
    return s.templates.createScheduleTemplate(
        new CreateScheduleTemplate(by(actor), orgId, unitId, name, weekdays()));
  }

  private ScheduleTemplate update(UUID actor, UUID templateId, UUID unitId, String name) {
    return s.templates.updateScheduleTemplate(
        new UpdateScheduleTemplate(
            by(actor), templateId, unitId, name, week("sunday", shift("2200", "0600"))));
  }

  @Test
  void createWritesScheduleCreatedInTheTemplateStreamAndTheProjectionRow() {
    var template = create(world.orgAdmin, world.orgA.id(), world.facility1.id(), "Day shift");

    var events = s.events(StreamRef.schedule(template.templateId()));
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventType()).isEqualTo(EventTypes.SCHEDULE_CREATED);
              assertThat(e.data().get("template_id").asText())
                  .isEqualTo(template.templateId().toString());
              assertThat(e.data().get("organization_id").asText())
                  .isEqualTo(world.orgA.id().toString());
              assertThat(e.data().get("org_unit_id").asText())
                  .isEqualTo(world.facility1.id().toString());
              assertThat(e.data().get("schedule_name").asText()).isEqualTo("Day shift");
              assertThat(e.data().get("schedule").get("monday").get("begin").asText())
                  .isEqualTo("0800");
              assertThat(e.data().get("schedule").get("saturday").isNull()).isTrue();
            });
    var row = s.templateRow(template.templateId()).orElseThrow();
    assertThat(row.organizationId()).isEqualTo(world.orgA.id());
    assertThat(row.orgUnitId()).isEqualTo(world.facility1.id());
    assertThat(row.scheduleName()).isEqualTo("Day shift");
    assertThat(WeeklyScheduleJson.parse(row.schedule())).isEqualTo(weekdays());
    assertThat(row.isActive()).isTrue();
    assertThat(row.assignedUserCount()).isZero();
    assertThat(template.active()).isTrue();
  }

  @Test
  void managersOfTheScopeMayCreateTemplates() {
    assertThat(create(world.superAdmin, world.orgA.id(), null, "Platform").active()).isTrue();
    assertThat(create(world.coordinator, world.orgA.id(), null, "Coordinated").active()).isTrue();
    assertThat(create(world.facilityAdmin, world.orgA.id(), world.facility1.id(), "F1").active())
        .isTrue();
    assertThat(create(world.facilityAdmin, world.orgA.id(), world.program1.id(), "P1").active())
        .as("a facility admin manages the units under the facility")
        .isTrue();
  }

  @Test
  void actorsWithoutScheduleManageAtTheScopeAreRefused() {
    for (var actor : new UUID[] {world.clinician, world.peerMentor, world.orgBAdmin, world.staff}) {
      s.notAuthorized(() -> create(actor, world.orgA.id(), null, "Nope"));
    }
    s.notAuthorized(() -> create(world.facilityAdmin, world.orgA.id(), null, "Org-wide"));
    s.notAuthorized(
        () -> create(world.facilityAdmin, world.orgA.id(), world.facility2.id(), "Other facility"));
    s.notAuthorized(
        () -> create(world.orgBAdmin, world.orgA.id(), world.facility1.id(), "Org B in A"));
  }

  @Test
  void scheduleNameIsRequiredAndAtMost200Characters() {
    assertThat(create(world.orgAdmin, world.orgA.id(), null, "x".repeat(200)).scheduleName())
        .hasSize(200);
    assertRefused(
        world,
        VALIDATION_FAILED,
        "required",
        "schedule_name",
        () -> create(world.orgAdmin, world.orgA.id(), null, null));
    assertRefused(
        world,
        VALIDATION_FAILED,
        "required",
        "schedule_name",
        () -> create(world.orgAdmin, world.orgA.id(), null, "   "));
    assertRefused(
        world,
        VALIDATION_FAILED,
        "schedule_name_too_long",
        "schedule_name",
        () -> create(world.orgAdmin, world.orgA.id(), null, "x".repeat(201)));
  }

  @Test
  void aUnitOfAnotherOrganizationIsRefused() {
    assertRefused(
        world,
        RULE_VIOLATED,
        "unit_must_belong_to_same_organization",
        "org_unit_id",
        () -> create(world.superAdmin, world.orgA.id(), world.facilityB.id(), "Mixed"));
    var template = create(world.superAdmin, world.orgA.id(), world.facility1.id(), "Stays in A");
    assertRefused(
        world,
        RULE_VIOLATED,
        "unit_must_belong_to_same_organization",
        "org_unit_id",
        () -> update(world.superAdmin, template.templateId(), world.facilityB.id(), "Moved"));
  }

  @Test
  void anInactiveUnitIsRefused() {
    var closed = s.inactiveUnit();
    assertRefused(
        world,
        RULE_VIOLATED,
        "unit_inactive",
        "org_unit_id",
        () -> create(world.orgAdmin, world.orgA.id(), closed, "Closed"));
  }

  @Test
  void unknownOrganizationAndUnitAreNotFound() {
    assertRefused(
        world,
        NOT_FOUND,
        "organization_not_found",
        "organization_id",
        () -> create(world.superAdmin, UUID.randomUUID(), null, "Nowhere"));
    assertRefused(
        world,
        NOT_FOUND,
        "unit_not_found",
        "org_unit_id",
        () -> create(world.superAdmin, world.orgA.id(), UUID.randomUUID(), "Nowhere"));
    assertRefused(
        world,
        NOT_FOUND,
        "template_not_found",
        "template_id",
        () -> update(world.superAdmin, UUID.randomUUID(), null, "Nothing"));
  }

  @Test
  void updateReplacesNameUnitAndScheduleInTheProjection() {
    var template = create(world.orgAdmin, world.orgA.id(), world.facility1.id(), "Day shift");

    var updated = update(world.orgAdmin, template.templateId(), world.facility2.id(), "Night");

    assertThat(updated.orgUnitId()).isEqualTo(world.facility2.id());
    var row = s.templateRow(template.templateId()).orElseThrow();
    assertThat(row.scheduleName()).isEqualTo("Night");
    assertThat(row.orgUnitId()).isEqualTo(world.facility2.id());
    assertThat(WeeklyScheduleJson.parse(row.schedule()))
        .isEqualTo(week("sunday", shift("2200", "0600")));
    assertThat(s.eventTypes(StreamRef.schedule(template.templateId())))
        .containsExactly(EventTypes.SCHEDULE_CREATED, EventTypes.SCHEDULE_UPDATED);
  }

  @Test
  void movingATemplateNeedsScheduleManageAtTheNewScopeToo() {
    var template = create(world.facilityAdmin, world.orgA.id(), world.facility1.id(), "F1");
    s.notAuthorized(
        () -> update(world.facilityAdmin, template.templateId(), world.facility2.id(), "To F2"));
    s.notAuthorized(() -> update(world.facilityAdmin, template.templateId(), null, "Org-wide"));
    assertThat(
            update(world.facilityAdmin, template.templateId(), world.program1.id(), "To P1")
                .orgUnitId())
        .isEqualTo(world.program1.id());
    var orgWide = create(world.orgAdmin, world.orgA.id(), null, "Org-wide");
    s.notAuthorized(
        () -> update(world.facilityAdmin, orgWide.templateId(), world.facility1.id(), "Taken"));
  }

  @Test
  void deactivateAndReactivateToggleTheTemplateAndWriteNothingWhenAlreadySo() {
    var template = create(world.coordinator, world.orgA.id(), null, "Toggle");
    var id = template.templateId();

    var off =
        s.templates.deactivateScheduleTemplate(new ChangeTemplateStatus(by(world.coordinator), id));
    assertThat(off).isEqualTo(new TemplateStatus(id, false, true));
    assertThat(s.templateRow(id).orElseThrow().isActive()).isFalse();
    long before = world.eventCount();
    var again =
        s.templates.deactivateScheduleTemplate(new ChangeTemplateStatus(by(world.coordinator), id));
    assertThat(again).isEqualTo(new TemplateStatus(id, false, false));
    assertThat(world.eventCount()).isEqualTo(before);

    var on =
        s.templates.reactivateScheduleTemplate(new ChangeTemplateStatus(by(world.coordinator), id));
    assertThat(on).isEqualTo(new TemplateStatus(id, true, true));
    assertThat(s.templateRow(id).orElseThrow().isActive()).isTrue();
    assertThat(s.eventTypes(StreamRef.schedule(id)))
        .containsExactly(
            EventTypes.SCHEDULE_CREATED,
            EventTypes.SCHEDULE_DEACTIVATED,
            EventTypes.SCHEDULE_REACTIVATED);
  }

  @Test
  void statusChangesNeedScheduleManageAtTheTemplate() {
    var template = create(world.orgAdmin, world.orgA.id(), null, "Guarded");
    var input = new ChangeTemplateStatus(by(world.clinician), template.templateId());
    s.notAuthorized(() -> s.templates.deactivateScheduleTemplate(input));
    s.notAuthorized(
        () ->
            s.templates.deactivateScheduleTemplate(
                new ChangeTemplateStatus(by(world.orgBAdmin), template.templateId())));
    assertRefused(
        world,
        NOT_FOUND,
        "template_not_found",
        "template_id",
        () ->
            s.templates.reactivateScheduleTemplate(
                new ChangeTemplateStatus(by(world.orgAdmin), UUID.randomUUID())));
  }
}
