package io.roster.db.projections;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.events.EventTypes;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.Rows;
import io.roster.db.testing.Rows.Row;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * schedule.* events applied to schedule_templates_projection and
 * schedule_user_assignments_projection (001).
 */
class ScheduleTemplatesProjectionTest {

  static final Map<String, Object> WEEKDAYS =
      data(
          "monday", Map.of("begin", "0800", "end", "1630"),
          "tuesday", Map.of("begin", "0800", "end", "1630"),
          "wednesday", null,
          "thursday", null,
          "friday", Map.of("begin", "2200", "end", "0600"),
          "saturday", null,
          "sunday", null);

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final UUID manager = UUID.randomUUID();
  private final Org org = fixtures.organization("Schedule Org", "Europe/Oslo");
  private final UUID template = UUID.randomUUID();

  @BeforeAll
  static void open() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
    fixtures = new EventFixtures(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private StoredEvent templateEvent(String type, Object... extra) {
    var payload = data("template_id", template, "organization_id", org.id());
    payload.putAll(data(extra));
    return fixtures.as(manager).event(type, template, payload);
  }

  private StoredEvent create() {
    return templateEvent(
        EventTypes.SCHEDULE_CREATED,
        "org_unit_id",
        null,
        "schedule_name",
        "Day shift",
        "schedule",
        WEEKDAYS);
  }

  private StoredEvent assignUser(UUID user, LocalDate from, LocalDate until) {
    return templateEvent(
        EventTypes.SCHEDULE_USER_ASSIGNED,
        "user_id",
        user,
        "effective_from",
        from,
        "effective_until",
        until);
  }

  private StoredEvent unassignUser(UUID user) {
    return templateEvent(EventTypes.SCHEDULE_USER_UNASSIGNED, "user_id", user, "reason", "left");
  }

  private Row template() {
    return Rows.one(
        jdbi,
        "SELECT *, schedule::text AS weekly FROM schedule_templates_projection WHERE id = ?",
        template);
  }

  private Row assignment(UUID user) {
    return Rows.one(
        jdbi,
        """
        SELECT * FROM schedule_user_assignments_projection
        WHERE schedule_template_id = ? AND user_id = ?
        """,
        template,
        user);
  }

  private long assignments() {
    return Rows.one(
            jdbi,
            "SELECT count(*) AS n FROM schedule_user_assignments_projection WHERE schedule_template_id = ?",
            template)
        .integer("n");
  }

  @Test
  void createdUpdatedDeactivatedAndReactivatedMaintainTheTemplate() {
    var created = create();
    assertThat(template().text("schedule_name")).isEqualTo("Day shift");
    assertThat(template().text("weekly")).contains("\"friday\": {\"end\": \"0600\"");
    assertThat(template().uuid("created_by")).isEqualTo(manager);
    assertThat(template().instant("created_at")).isEqualTo(created.createdAt());
    assertThat(template().integer("assigned_user_count")).isZero();
    var unit = fixtures.unit(org, "facility", "East");
    var updated =
        templateEvent(
            EventTypes.SCHEDULE_UPDATED,
            "org_unit_id",
            unit.id(),
            "schedule_name",
            "Night shift",
            "schedule",
            Map.of());
    assertThat(template().text("schedule_name")).isEqualTo("Night shift");
    assertThat(template().uuid("org_unit_id")).isEqualTo(unit.id());
    assertThat(template().instant("updated_at")).isEqualTo(updated.createdAt());
    var deactivated = templateEvent(EventTypes.SCHEDULE_DEACTIVATED);
    assertThat(template().bool("is_active")).isFalse();
    assertThat(template().uuid("last_event_id")).isEqualTo(deactivated.id());
    var reactivated = templateEvent(EventTypes.SCHEDULE_REACTIVATED);
    assertThat(template().bool("is_active")).isTrue();
    assertThat(template().uuid("last_event_id")).isEqualTo(reactivated.id());
    assertThat(template().instant("created_at")).isEqualTo(created.createdAt());
  }

  @Test
  void assignedUserCountFollowsAssignReassignAndUnassign() {
    create();
    var ann = fixtures.user();
    var bob = fixtures.user();
    var first = assignUser(ann, LocalDate.parse("2026-01-01"), null);
    assertThat(assignment(ann).uuid("id")).isEqualTo(first.id());
    assertThat(assignment(ann).instant("created_at")).isEqualTo(first.createdAt());
    assignUser(bob, null, null);
    assertThat(template().integer("assigned_user_count")).isEqualTo(2);
    var unassigned = unassignUser(ann);
    assertThat(assignment(ann).bool("is_active")).isFalse();
    assertThat(assignment(ann).uuid("last_event_id")).isEqualTo(unassigned.id());
    assertThat(template().integer("assigned_user_count")).isEqualTo(1);
    assertThat(template().uuid("last_event_id")).isEqualTo(unassigned.id());
    var again = assignUser(ann, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31"));
    var row = assignment(ann);
    assertThat(row.uuid("id")).as("reactivated in place").isEqualTo(first.id());
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.date("effective_from")).isEqualTo(LocalDate.parse("2026-02-01"));
    assertThat(row.date("effective_until")).isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(row.instant("updated_at")).isEqualTo(again.createdAt());
    assertThat(template().integer("assigned_user_count")).isEqualTo(2);
    assignUser(bob, null, LocalDate.parse("2026-12-31"));
    assertThat(template().integer("assigned_user_count"))
        .as("re-assigning an active user")
        .isEqualTo(2);
    unassignUser(ann);
    unassignUser(bob);
    assertThat(template().integer("assigned_user_count")).isZero();
  }

  @Test
  void deletingATemplateDeletesItsAssignments() {
    create();
    assignUser(fixtures.user(), null, null);
    var gone = fixtures.user();
    assignUser(gone, null, null);
    unassignUser(gone);
    assertThat(assignments()).isEqualTo(2);
    templateEvent(EventTypes.SCHEDULE_DELETED);
    assertThat(
            Rows.list(jdbi, "SELECT * FROM schedule_templates_projection WHERE id = ?", template))
        .isEmpty();
    assertThat(assignments()).isZero();
  }

  @Test
  void unassigningAUserWhoIsNotAssignedOrChangingAMissingTemplateIsRefused() {
    create();
    var user = fixtures.user();
    assertThat(Rows.sqlError(catchThrowable(() -> unassignUser(user))).detail())
        .isEqualTo("projection_row_missing");
    templateEvent(EventTypes.SCHEDULE_DELETED);
    assertThat(
            Rows.sqlError(catchThrowable(() -> templateEvent(EventTypes.SCHEDULE_REACTIVATED)))
                .detail())
        .isEqualTo("projection_row_missing");
    assertThat(Rows.sqlError(catchThrowable(() -> assignUser(user, null, null))).state())
        .as("no assignment to a deleted template")
        .startsWith("23");
  }
}
