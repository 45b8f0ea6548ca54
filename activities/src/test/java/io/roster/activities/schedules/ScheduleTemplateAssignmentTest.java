package io.roster.activities.schedules;

import static io.roster.activities.command.Failures.NOT_FOUND;
import static io.roster.activities.command.Failures.RULE_VIOLATED;
import static io.roster.activities.command.Failures.VALIDATION_FAILED;
import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Users on schedule templates (001): one assignment per user per template, reactivation, the
 * assigned user count, and deletion of inactive templates with their assignments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleTemplateAssignmentTest {

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

  private ScheduleAssignment assign(
      UUID actor, UUID templateId, UUID userId, LocalDate from, LocalDate until) {
    return s.templates.assignUserToSchedule(
        new AssignUserToSchedule(by(actor), templateId, userId, from, until));
  }

  @Test
  void assignWritesUserAssignedInTheTemplateStreamWithItsRange() {
    var template = s.template(world.facility1.id());
    var user = world.newUser("nurse");
    var from = LocalDate.of(2026, 3, 1);
    var until = LocalDate.of(2026, 6, 30);

    var assignment = assign(world.facilityAdmin, template.templateId(), user, from, until);

    assertThat(assignment)
        .isEqualTo(
            new ScheduleAssignment(
                template.templateId(), user, world.orgA.id(), from, until, true, false));
    var event = s.events(StreamRef.schedule(template.templateId())).get(1);
    assertThat(event.eventType()).isEqualTo(EventTypes.SCHEDULE_USER_ASSIGNED);
    assertThat(event.data().get("template_id").asText())
        .isEqualTo(template.templateId().toString());
    assertThat(event.data().get("user_id").asText()).isEqualTo(user.toString());
    assertThat(event.data().get("organization_id").asText()).isEqualTo(world.orgA.id().toString());
    assertThat(event.data().get("effective_from").asText()).isEqualTo("2026-03-01");
    assertThat(event.data().get("effective_until").asText()).isEqualTo("2026-06-30");
    var row = s.assignmentRow(template.templateId(), user).orElseThrow();
    assertThat(row.isActive()).isTrue();
    assertThat(row.effectiveFrom()).isEqualTo(from);
    assertThat(row.effectiveUntil()).isEqualTo(until);
    assertThat(row.organizationId()).isEqualTo(world.orgA.id());
  }

  @Test
  void theEffectiveRangeIsOptionalButMustBeInOrder() {
    var template = s.template(null);
    var open = assign(world.orgAdmin, template.templateId(), world.newUser("open"), null, null);
    assertThat(open.effectiveFrom()).isNull();
    var day = LocalDate.of(2026, 5, 1);
    assertThat(
            assign(world.orgAdmin, template.templateId(), world.newUser("one"), day, day).active())
        .isTrue();
    var user = world.newUser("reversed");
    assertRefused(
        world,
        VALIDATION_FAILED,
        "date_order",
        "effective_until",
        () -> assign(world.orgAdmin, template.templateId(), user, day, day.minusDays(1)));
  }

  @Test
  void aUserHasOneAssignmentPerTemplate() {
    var template = s.template(null);
    var user = world.newUser("twice");
    s.assign(template.templateId(), user);

    assertRefused(
        world,
        RULE_VIOLATED,
        "already_assigned",
        "user_id",
        () -> s.assign(template.templateId(), user));

    var other = s.template(null);
    assertThat(s.assign(other.templateId(), user).active())
        .as("the same user on another template is another pair")
        .isTrue();
  }

  @Test
  void assigningAnInactivelyAssignedUserReactivatesTheSameRow() {
    var template = s.template(null);
    var user = world.newUser("back");
    s.assign(template.templateId(), user);
    var firstRow = s.assignmentRow(template.templateId(), user).orElseThrow();
    s.unassign(template.templateId(), user);
    assertThat(s.assignmentRow(template.templateId(), user).orElseThrow().isActive()).isFalse();

    var until = LocalDate.of(2027, 1, 31);
    var again = assign(world.orgAdmin, template.templateId(), user, null, until);

    assertThat(again.reactivated()).isTrue();
    var row = s.assignmentRow(template.templateId(), user).orElseThrow();
    assertThat(row.id()).isEqualTo(firstRow.id());
    assertThat(row.isActive()).isTrue();
    assertThat(row.effectiveUntil()).isEqualTo(until);
  }

  @Test
  void assignedUserCountFollowsAssignUnassignAndReassign() {
    var template = s.template(null);
    var id = template.templateId();
    var ann = world.newUser("ann");
    var bob = world.newUser("bob");
    assertThat(s.assignedUserCount(id)).isZero();

    s.assign(id, ann);
    assertThat(s.assignedUserCount(id)).isEqualTo(1);
    s.assign(id, bob);
    assertThat(s.assignedUserCount(id)).isEqualTo(2);
    s.unassign(id, ann);
    assertThat(s.assignedUserCount(id)).isEqualTo(1);
    s.assign(id, ann);
    assertThat(s.assignedUserCount(id)).isEqualTo(2);
    s.unassign(id, ann);
    s.unassign(id, bob);
    assertThat(s.assignedUserCount(id)).isZero();
  }

  @Test
  void onlyActiveTemplatesTakeUsers() {
    var template = s.inactiveTemplate();
    var user = world.newUser("late");
    assertRefused(
        world,
        RULE_VIOLATED,
        "template_inactive",
        "template_id",
        () -> s.assign(template.templateId(), user));
  }

  @Test
  void theUserAndTheTemplateMustExist() {
    var template = s.template(null);
    assertRefused(
        world,
        NOT_FOUND,
        "user_not_found",
        "user_id",
        () -> s.assign(template.templateId(), UUID.randomUUID()));
    assertRefused(
        world,
        NOT_FOUND,
        "template_not_found",
        "template_id",
        () -> s.assign(UUID.randomUUID(), world.staff));
  }

  @Test
  void assigningNeedsScheduleManageAtTheTemplatesScope() {
    var template = s.template(world.facility2.id());
    var user = world.newUser("guarded");
    for (var actor : new UUID[] {world.facilityAdmin, world.clinician, world.orgBAdmin}) {
      s.notAuthorized(() -> assign(actor, template.templateId(), user, null, null));
    }
    assertThat(assign(world.coordinator, template.templateId(), user, null, null).active())
        .isTrue();
    s.notAuthorized(
        () ->
            s.templates.unassignUserFromSchedule(
                new UnassignUserFromSchedule(
                    by(world.peerMentor), template.templateId(), user, null)));
  }

  @Test
  void unassignRecordsTheReasonAndRefusesAUserWhoIsNotActivelyAssigned() {
    var template = s.template(null);
    var user = world.newUser("leaving");
    assertRefused(
        world,
        NOT_FOUND,
        "assignment_not_found",
        "user_id",
        () -> s.unassign(template.templateId(), user));
    s.assign(template.templateId(), user);

    var result =
        s.templates.unassignUserFromSchedule(
            new UnassignUserFromSchedule(by(world.orgAdmin), template.templateId(), user, "moved"));

    assertThat(result.active()).isFalse();
    var events = s.events(StreamRef.schedule(template.templateId()));
    var last = events.get(events.size() - 1);
    assertThat(last.eventType()).isEqualTo(EventTypes.SCHEDULE_USER_UNASSIGNED);
    assertThat(last.data().get("reason").asText()).isEqualTo("moved");
    assertThat(last.data().get("user_id").asText()).isEqualTo(user.toString());
    assertRefused(
        world,
        NOT_FOUND,
        "assignment_not_found",
        "user_id",
        () -> s.unassign(template.templateId(), user));
  }

  @Test
  void anActiveTemplateCannotBeDeleted() {
    var template = s.template(null);
    assertRefused(
        world,
        RULE_VIOLATED,
        "template_active",
        "template_id",
        () ->
            s.templates.deleteScheduleTemplate(
                new ChangeTemplateStatus(by(world.orgAdmin), template.templateId())));
    assertThat(s.templateRow(template.templateId())).isPresent();
  }

  @Test
  void deletingAnInactiveTemplateRemovesItWithItsAssignments() {
    var template = s.template(null);
    var id = template.templateId();
    var ann = world.newUser("ann");
    var bob = world.newUser("bob");
    s.assign(id, ann);
    s.assign(id, bob);
    s.unassign(id, bob);
    s.templates.deactivateScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id));

    var deleted =
        s.templates.deleteScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id));

    assertThat(deleted).isEqualTo(new TemplateDeleted(id, world.orgA.id(), 2));
    assertThat(s.templateRow(id)).isEmpty();
    assertThat(s.assignmentRow(id, ann)).isEmpty();
    assertThat(s.assignmentRow(id, bob)).isEmpty();
    assertThat(s.eventTypes(StreamRef.schedule(id))).endsWith(EventTypes.SCHEDULE_DELETED);
    assertRefused(
        world,
        NOT_FOUND,
        "template_not_found",
        "template_id",
        () -> s.templates.deleteScheduleTemplate(new ChangeTemplateStatus(by(world.orgAdmin), id)));
  }

  @Test
  void deletingNeedsScheduleManageAtTheTemplate() {
    var template = s.inactiveTemplate();
    s.notAuthorized(
        () ->
            s.templates.deleteScheduleTemplate(
                new ChangeTemplateStatus(by(world.clinician), template.templateId())));
    assertThat(s.templateRow(template.templateId())).isPresent();
  }
}
