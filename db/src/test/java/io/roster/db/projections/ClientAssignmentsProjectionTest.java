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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** user.client.* events applied to user_client_assignments_projection (000). */
class ClientAssignmentsProjectionTest {

  private static final Instant UNTIL = Instant.parse("2026-12-31T23:00:00Z");

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final UUID coordinator = UUID.randomUUID();
  private final UUID user = fixtures.user();
  private final UUID client = UUID.randomUUID();
  private final Org org = fixtures.organization("Caseload Org", "America/Chicago");

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

  private StoredEvent assign(UUID actor, Org in, Instant until, String notes) {
    return fixtures
        .as(actor)
        .event(
            EventTypes.USER_CLIENT_ASSIGNED,
            user,
            data(
                "user_id", user,
                "client_id", client,
                "organization_id", in.id(),
                "assigned_until", until,
                "notes", notes));
  }

  private StoredEvent unassign(String reason) {
    return fixtures.event(
        EventTypes.USER_CLIENT_UNASSIGNED,
        user,
        data("user_id", user, "client_id", client, "organization_id", org.id(), "reason", reason));
  }

  private List<Row> rows() {
    return Rows.list(
        jdbi, "SELECT * FROM user_client_assignments_projection WHERE user_id = ?", user);
  }

  @Test
  void assignedInsertsAnActiveRowWhoseIdIsTheEventIdWithActorAndEventTimes() {
    var event = assign(coordinator, org, UNTIL, "weekday visits");
    var row =
        Rows.one(jdbi, "SELECT * FROM user_client_assignments_projection WHERE id = ?", event.id());
    assertThat(row.uuid("user_id")).isEqualTo(user);
    assertThat(row.uuid("client_id")).isEqualTo(client);
    assertThat(row.uuid("organization_id")).isEqualTo(org.id());
    assertThat(row.instant("assigned_until")).isEqualTo(UNTIL);
    assertThat(row.text("notes")).isEqualTo("weekday visits");
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.uuid("assigned_by")).isEqualTo(coordinator);
    assertThat(row.instant("assigned_at")).isEqualTo(event.createdAt());
    assertThat(row.instant("created_at")).isEqualTo(event.createdAt());
    assertThat(row.instant("updated_at")).isEqualTo(event.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
  }

  @Test
  void unassignedDeactivatesTheRowWithoutDeletingIt() {
    var assigned = assign(coordinator, org, null, null);
    var unassigned = unassign("expired");
    var row = rows().get(0);
    assertThat(rows()).hasSize(1);
    assertThat(row.uuid("id")).isEqualTo(assigned.id());
    assertThat(row.bool("is_active")).isFalse();
    assertThat(row.instant("updated_at")).isEqualTo(unassigned.createdAt());
    assertThat(row.instant("created_at")).isEqualTo(assigned.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(unassigned.id());
  }

  @Test
  void reassigningAnUnassignedClientReactivatesTheSameRowWithTheNewTerms() {
    var first = assign(coordinator, org, UNTIL, "first notes");
    unassign("moved away");
    var otherCoordinator = UUID.randomUUID();
    var again = assign(otherCoordinator, org, null, null);
    assertThat(rows()).hasSize(1);
    var row = rows().get(0);
    assertThat(row.uuid("id")).isEqualTo(first.id());
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.instant("assigned_until")).as("replaced, not kept").isNull();
    assertThat(row.text("notes")).as("replaced, not kept").isNull();
    assertThat(row.uuid("assigned_by")).isEqualTo(otherCoordinator);
    assertThat(row.instant("assigned_at")).isEqualTo(again.createdAt());
    assertThat(row.instant("created_at")).isEqualTo(first.createdAt());
    assertThat(row.instant("updated_at")).isEqualTo(again.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(again.id());
  }

  @Test
  void reassigningAnActiveClientUpsertsExpiryAndNotesInPlace() {
    var first = assign(coordinator, org, null, "old");
    var again = assign(coordinator, org, UNTIL, "new");
    assertThat(rows()).hasSize(1);
    var row = rows().get(0);
    assertThat(row.uuid("id")).isEqualTo(first.id());
    assertThat(row.instant("assigned_until")).isEqualTo(UNTIL);
    assertThat(row.text("notes")).isEqualTo("new");
    assertThat(row.uuid("last_event_id")).isEqualTo(again.id());
  }

  @Test
  void unassigningAClientThatIsNotActiveOnTheCaseloadIsRefusedAndNotStored() {
    long events = Rows.eventCount(jdbi);
    var neverAssigned = catchThrowable(() -> unassign("typo"));
    assertThat(Rows.sqlError(neverAssigned).detail()).isEqualTo("projection_row_missing");
    assign(coordinator, org, null, null);
    var before = unassign("once");
    var twice = catchThrowable(() -> unassign("twice"));
    assertThat(Rows.sqlError(twice).detail()).isEqualTo("projection_row_missing");
    assertThat(Rows.eventCount(jdbi)).isEqualTo(events + 2);
    assertThat(rows().get(0).uuid("last_event_id")).isEqualTo(before.id());
  }
}
