package io.roster.activities.clients;

import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventIds;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Caseload assignments (000): upsert, reactivation, the feature flag, and every refusal. */
class ClientAssignmentActivitiesTest {

  private static ClientAssignmentWorld w;
  private static CommandWorld world;

  @BeforeAll
  static void setUp() {
    w = new ClientAssignmentWorld();
    world = w.world;
  }

  @AfterAll
  static void tearDown() {
    w.close();
  }

  @Test
  void assignClient_storesTheAssignmentUnderTheIdOfItsEvent() {
    var user = world.newUser("caseload");
    var client = UUID.randomUUID();
    var until = Instant.now().plus(30, ChronoUnit.DAYS).plusNanos(789);
    var meta = CommandWorld.by(world.coordinator);

    var result =
        w.clients.assignClient(
            new AssignClient(meta, user, client, world.orgA.id(), until, "weekly visits"));

    var row = w.row(user, client).orElseThrow();
    assertThat(result.assignmentId())
        .isEqualTo(row.id())
        .isEqualTo(EventIds.eventId(meta.idempotencyKey(), 0));
    assertThat(result.changed()).isTrue();
    assertThat(result.reactivated()).isFalse();
    assertThat(result.staffClientMappingEnabled()).isFalse();
    assertThat(row.assignedUntil()).isEqualTo(until.truncatedTo(ChronoUnit.MICROS));
    assertThat(row.notes()).isEqualTo("weekly visits");
    assertThat(row.assignedBy()).isEqualTo(world.coordinator);
    assertThat(row.isActive()).isTrue();
    assertThat(w.caseload(user, world.orgA.id()))
        .extracting(r -> r.clientId())
        .containsExactly(client);
  }

  @Test
  void assignClient_reportsTheOrganizationsStaffClientMappingFlag() {
    var org = world.fixtures.organization("Mapped org", "UTC");
    world.fixtures.append(
        EventTypes.ORGANIZATION_SETTINGS_UPDATED,
        org.id(),
        EventFixtures.data(
            "organization_id", org.id(),
            "direct_care_settings", Map.of("enable_staff_client_mapping", true)));
    var result =
        w.clients.assignClient(
            new AssignClient(
                CommandWorld.by(world.superAdmin),
                world.staff,
                UUID.randomUUID(),
                org.id(),
                null,
                null));
    assertThat(result.staffClientMappingEnabled()).isTrue();
  }

  @Test
  void assignClient_reactivatesAnUnassignedPairWithTheSameId() {
    var user = world.newUser("returning-client");
    var client = UUID.randomUUID();
    var first = w.assign(user, client, null, null);
    w.unassign(user, client, null);

    var again = w.assign(user, client, null, "back");

    assertThat(again.assignmentId()).isEqualTo(first.assignmentId());
    assertThat(again.reactivated()).isTrue();
    var row = w.row(user, client).orElseThrow();
    assertThat(row.isActive()).isTrue();
    assertThat(row.id()).isEqualTo(first.assignmentId());
    assertThat(row.notes()).isEqualTo("back");
  }

  @Test
  void assignClient_anActivePairWithTheSameValuesWritesNothingAndOtherValuesUpdateIt() {
    var user = world.newUser("same-client");
    var client = UUID.randomUUID();
    var first = w.assign(user, client, null, "a");
    long before = world.eventCount();

    var same = w.assign(user, client, null, "a");
    assertThat(same.changed()).isFalse();
    assertThat(same.assignmentId()).isEqualTo(first.assignmentId());
    assertThat(world.eventCount()).isEqualTo(before);

    var updated = w.assign(user, client, null, "b");
    assertThat(updated.changed()).isTrue();
    assertThat(updated.reactivated()).isFalse();
    assertThat(w.row(user, client).orElseThrow().notes()).isEqualTo("b");
  }

  @Test
  void assignClient_refusesActorsWithoutClientAssignAtTheOrganization() {
    var user = world.newUser("unauthorized-client");
    for (var actor :
        new UUID[] {world.clinician, world.peerMentor, world.facilityAdmin, world.orgBAdmin}) {
      assertRefused(
          world,
          Failures.NOT_AUTHORIZED,
          "not_authorized",
          null,
          () ->
              w.clients.assignClient(
                  new AssignClient(
                      CommandWorld.by(actor),
                      user,
                      UUID.randomUUID(),
                      world.orgA.id(),
                      null,
                      null)));
    }
  }

  @Test
  void assignClient_refusesInvalidInput() {
    var user = world.newUser("invalid-client");
    var client = UUID.randomUUID();
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "notes_max_length",
        "notes",
        () -> w.assign(user, client, null, "n".repeat(1001)));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "assigned_until_in_past",
        "assigned_until",
        () -> w.assign(user, client, Instant.parse("2020-01-01T00:00:00Z"), null));
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "required",
        "client_id",
        () -> w.assign(user, null, null, null));
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "user_not_found",
        "user_id",
        () -> w.assign(UUID.randomUUID(), client, null, null));
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "organization_not_found",
        "organization_id",
        () ->
            w.clients.assignClient(
                new AssignClient(
                    CommandWorld.by(world.superAdmin),
                    user,
                    client,
                    UUID.randomUUID(),
                    null,
                    null)));
  }

  @Test
  void assignClient_refusesAPairActiveInAnotherOrganization() {
    var user = world.newUser("two-org-client");
    var client = UUID.randomUUID();
    w.assign(user, client, null, null);
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "client_assigned_in_other_organization",
        "client_id",
        () ->
            w.clients.assignClient(
                new AssignClient(
                    CommandWorld.by(world.orgBAdmin), user, client, world.orgB.id(), null, null)));
  }

  @Test
  void unassignClient_deactivatesTheAssignmentAndRecordsTheReason() {
    var user = world.newUser("unassign");
    var client = UUID.randomUUID();
    var assigned = w.assign(user, client, null, null);

    var result = w.unassign(user, client, "moved away");

    assertThat(result.assignmentId()).isEqualTo(assigned.assignmentId());
    assertThat(w.row(user, client).orElseThrow().isActive()).isFalse();
    var event = w.lastEvent(user);
    assertThat(event.eventType()).isEqualTo(EventTypes.USER_CLIENT_UNASSIGNED);
    assertThat(event.data().get("reason").asText()).isEqualTo("moved away");
    assertThat(w.caseload(user, world.orgA.id())).isEmpty();
  }

  @Test
  void unassignClient_refusesWhenNoActiveAssignmentExistsOrTheActorLacksPermission() {
    var user = world.newUser("nothing-to-unassign");
    var client = UUID.randomUUID();
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "client_assignment_not_found",
        "client_id",
        () -> w.unassign(user, client, null));
    w.assign(user, client, null, null);
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            w.clients.unassignClient(
                new UnassignClient(
                    CommandWorld.by(world.peerMentor), user, client, world.orgA.id(), null)));
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "client_assignment_not_found",
        "client_id",
        () ->
            w.clients.unassignClient(
                new UnassignClient(
                    CommandWorld.by(world.superAdmin), user, client, world.orgB.id(), null)));
    w.unassign(user, client, null);
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "client_assignment_not_found",
        "client_id",
        () -> w.unassign(user, client, null));
  }

  @Test
  void assignClientAndUnassignClient_twiceWithOneKeyWriteOnce() {
    var user = world.newUser("idem-client");
    var client = UUID.randomUUID();
    var assign =
        new AssignClient(
            CommandWorld.by(world.coordinator), user, client, world.orgA.id(), null, null);
    long before = world.eventCount();
    var first = w.clients.assignClient(assign);
    assertThat(w.clients.assignClient(assign)).isEqualTo(first);
    assertThat(world.eventCount()).isEqualTo(before + 1);

    var unassign =
        new UnassignClient(CommandWorld.by(world.coordinator), user, client, world.orgA.id(), null);
    var unassigned = w.clients.unassignClient(unassign);
    assertThat(w.clients.unassignClient(unassign)).isEqualTo(unassigned);
    assertThat(world.eventCount()).isEqualTo(before + 2);
  }
}
