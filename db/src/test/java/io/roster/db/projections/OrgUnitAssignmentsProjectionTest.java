package io.roster.db.projections;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.events.AppendRequest;
import io.roster.db.events.EventMetadata;
import io.roster.db.events.EventTypes;
import io.roster.db.events.PendingEvent;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.Rows;
import io.roster.db.testing.Rows.Row;
import io.roster.db.testing.TestDatabase;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** user.org_unit.* events applied to user_org_unit_assignments_projection (003, DESIGN.md §10). */
class OrgUnitAssignmentsProjectionTest {

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final UUID coordinator = UUID.randomUUID();
  private final UUID user = fixtures.user();
  private final Org org = fixtures.organization("Chapters", "Europe/Oslo");

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

  private StoredEvent assign(UUID unitId, boolean primary, String notes) {
    var payload = data("assignment_id", UUID.randomUUID(), "user_id", user);
    payload.putAll(data("organization_unit_id", unitId, "organization_id", org.id()));
    payload.putAll(data("is_primary", primary, "notes", notes));
    return fixtures.as(coordinator).event(EventTypes.USER_ORG_UNIT_ASSIGNED, user, payload);
  }

  private UUID assignNewUnit(boolean primary) {
    var event = assign(fixtures.unit(org, "chapter", "Chapter").id(), primary, null);
    return UUID.fromString(event.data().get("assignment_id").asText());
  }

  private PendingEvent change(String type, UUID assignment, Object... extra) {
    var payload = data("assignment_id", assignment, "user_id", user, "organization_id", org.id());
    payload.putAll(data(extra));
    return new PendingEvent(type, user, payload);
  }

  private PendingEvent primaryChanged(UUID to, UUID from) {
    return change(EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED, to, "previous_assignment_id", from);
  }

  private PendingEvent deactivated(UUID assignment) {
    return change(EventTypes.USER_ORG_UNIT_DEACTIVATED, assignment, "reason", "moved");
  }

  /** Appends the events as one command of {@code actor}. */
  private StoredEvent append(UUID actor, PendingEvent... events) {
    var request =
        AppendRequest.of("unit-" + UUID.randomUUID(), EventMetadata.of(actor, "api"), events);
    return fixtures.store().append(request).events().get(0);
  }

  private Row assignment(UUID id) {
    return Rows.one(jdbi, "SELECT * FROM user_org_unit_assignments_projection WHERE id = ?", id);
  }

  @Test
  void assignedStoresTheAssignmentWithActorNotesAndTheEventTime() {
    var unit = fixtures.unit(org, "chapter", "Bergen");
    var event = assign(unit.id(), true, "covers the coast");
    var row = assignment(UUID.fromString(event.data().get("assignment_id").asText()));
    assertThat(row.uuid("organization_unit_id")).isEqualTo(unit.id());
    assertThat(row.bool("is_primary")).isTrue();
    assertThat(row.text("status")).isEqualTo("active");
    assertThat(row.uuid("assigned_by")).isEqualTo(coordinator);
    assertThat(row.instant("assigned_at")).isEqualTo(event.createdAt());
    assertThat(row.text("notes")).isEqualTo("covers the coast");
    assertThat(row.instant("deactivated_at")).isNull();
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
  }

  @Test
  void severalAssignmentsPerUserAndOrganizationAreAllowedButNeverTwoActivePrimaries() {
    assignNewUnit(true);
    assignNewUnit(false);
    assignNewUnit(false);
    var fourth = fixtures.unit(org, "chapter", "Fourth");
    long events = Rows.eventCount(jdbi);
    var error = Rows.sqlError(catchThrowable(() -> assign(fourth.id(), true, null)));
    assertThat(error.state()).isEqualTo("23505");
    assertThat(error.constraint()).isEqualTo("uq_unit_assignment_one_primary_per_user_org");
    assertThat(Rows.eventCount(jdbi)).isEqualTo(events);
    assertThat(
            Rows.list(
                jdbi, "SELECT * FROM user_org_unit_assignments_projection WHERE user_id = ?", user))
        .hasSize(3);
  }

  @Test
  void primaryChangedDemotesTheOldPrimaryAndPromotesTheNewOne() {
    var first = assignNewUnit(true);
    var second = assignNewUnit(false);
    var changed = append(coordinator, primaryChanged(second, first));
    assertThat(assignment(first).bool("is_primary")).isFalse();
    assertThat(assignment(first).uuid("last_event_id")).isEqualTo(changed.id());
    assertThat(assignment(first).instant("updated_at")).isEqualTo(changed.createdAt());
    assertThat(assignment(second).bool("is_primary")).isTrue();
    assertThat(assignment(second).uuid("last_event_id")).isEqualTo(changed.id());
  }

  @Test
  void deactivationRecordsItsActorAndTimeAndClearsPrimaryWhileTheNextIsPromoted() {
    var first = assignNewUnit(true);
    var second = assignNewUnit(false);
    var remover = UUID.randomUUID();
    var event = append(remover, deactivated(first), primaryChanged(second, first));
    var row = assignment(first);
    assertThat(row.text("status")).isEqualTo("inactive");
    assertThat(row.bool("is_primary")).isFalse();
    assertThat(row.uuid("deactivated_by")).isEqualTo(remover);
    assertThat(row.instant("deactivated_at")).isEqualTo(event.createdAt());
    assertThat(assignment(second).bool("is_primary")).isTrue();
  }

  @Test
  void reactivationMakesTheAssignmentActiveAgainWithoutItsDeactivation() {
    var first = assignNewUnit(true);
    append(coordinator, deactivated(first));
    var reactivated =
        append(coordinator, change(EventTypes.USER_ORG_UNIT_REACTIVATED, first, "reason", "back"));
    var row = assignment(first);
    assertThat(row.text("status")).isEqualTo("active");
    assertThat(row.bool("is_primary")).isFalse();
    assertThat(row.instant("deactivated_at")).isNull();
    assertThat(row.uuid("deactivated_by")).isNull();
    assertThat(row.uuid("last_event_id")).isEqualTo(reactivated.id());
    append(coordinator, primaryChanged(first, null));
    assertThat(assignment(first).bool("is_primary")).isTrue();
  }

  @Test
  void theSameUnitTwiceIsRefusedByIdxUnitAssignmentUserUnitEvenWhenInactive() {
    var unit = fixtures.unit(org, "chapter", "Oslo");
    var first = UUID.fromString(assign(unit.id(), true, null).data().get("assignment_id").asText());
    append(coordinator, deactivated(first));
    var error = Rows.sqlError(catchThrowable(() -> assign(unit.id(), false, null)));
    assertThat(error.state()).isEqualTo("23505");
    assertThat(error.constraint()).isEqualTo("idx_unit_assignment_user_unit");
  }

  @Test
  void primaryChangedToAMissingOrInactiveAssignmentIsRefusedAndKeepsTheOldPrimary() {
    var first = assignNewUnit(true);
    var inactive = assignNewUnit(false);
    append(coordinator, deactivated(inactive));
    for (var target : new UUID[] {UUID.randomUUID(), inactive}) {
      var error =
          Rows.sqlError(catchThrowable(() -> append(coordinator, primaryChanged(target, first))));
      assertThat(error.detail()).isEqualTo("projection_row_missing");
      assertThat(assignment(first).bool("is_primary")).isTrue();
    }
  }

  @Test
  void deactivatingAnInactiveOrReactivatingAnActiveAssignmentIsRefusedAndChangesNothing() {
    var primary = assignNewUnit(true);
    var other = assignNewUnit(false);
    var first = append(coordinator, deactivated(other));
    var reactivate = change(EventTypes.USER_ORG_UNIT_REACTIVATED, primary, "reason", "again");
    var projections = Rows.projections(jdbi);
    for (var wrongState : new PendingEvent[] {deactivated(other), reactivate}) {
      var thrown = catchThrowable(() -> append(UUID.randomUUID(), wrongState));
      assertThat(Rows.sqlError(thrown).detail()).isEqualTo("projection_row_missing");
    }
    assertThat(Rows.projections(jdbi)).isEqualTo(projections);
    assertThat(assignment(other).instant("deactivated_at")).isEqualTo(first.createdAt());
    assertThat(assignment(primary).bool("is_primary")).isTrue();
  }

  @Test
  void aDeactivationWithoutAnActorIsRefused() {
    var first = assignNewUnit(true);
    var error = Rows.sqlError(catchThrowable(() -> append(null, deactivated(first))));
    assertThat(error.constraint())
        .isEqualTo("unit_assignment_deactivation_requires_deactivated_by_check");
    assertThat(assignment(first).text("status")).isEqualTo("active");
  }

  @Test
  void notesLongerThanAThousandCharactersAreRefused() {
    var unit = fixtures.unit(org, "chapter", "Long");
    var error = Rows.sqlError(catchThrowable(() -> assign(unit.id(), true, "x".repeat(1001))));
    assertThat(error.constraint()).isEqualTo("unit_assignment_notes_max_length_check");
  }
}
