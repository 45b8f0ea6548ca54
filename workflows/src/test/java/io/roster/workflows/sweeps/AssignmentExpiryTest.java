package io.roster.workflows.sweeps;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.sweeps.SweepActivitiesImpl;
import io.roster.db.events.EventTypes;
import io.roster.db.testing.EventFixtures;
import io.roster.workflows.testing.TemporalWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Client assignments end at their assigned_until instant, schedule assignments after their last
 * local day.
 */
class AssignmentExpiryTest {

  static TemporalWorld world;
  static EventFixtures fixtures;

  @BeforeAll
  static void setUp() {
    world =
        new TemporalWorld(
            null,
            w -> {
              w.worker.registerWorkflowImplementationTypes(RoleExpiryWorkflowImpl.class);
              w.worker.registerActivitiesImplementations(new SweepActivitiesImpl(w.db.jdbi()));
            });
    fixtures = new EventFixtures(world.db);
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  private static SweepTally sweepAsOf(String instant) {
    return world
        .newWorkflow(RoleExpiryWorkflow.class, "role-expiry/" + instant + "/" + UUID.randomUUID())
        .sweep(SweepRequest.asOf(Instant.parse(instant)));
  }

  @Test
  void aClientAssignmentEndsOnceWithReasonExpiredWhenItsInstantPasses() {
    var org = fixtures.organization("Caseload Org", "UTC");
    var nurse = fixtures.user("caseload-nurse@expiry.test");
    var client = UUID.randomUUID();
    var open = UUID.randomUUID();
    fixtures.append(
        EventTypes.USER_CLIENT_ASSIGNED,
        nurse,
        data(
            "user_id",
            nurse,
            "client_id",
            client,
            "organization_id",
            org.id(),
            "assigned_until",
            "2025-04-01T12:00:00Z",
            "notes",
            null));
    fixtures.append(
        EventTypes.USER_CLIENT_ASSIGNED,
        nurse,
        data(
            "user_id",
            nurse,
            "client_id",
            open,
            "organization_id",
            org.id(),
            "assigned_until",
            null,
            "notes",
            null));

    assertThat(sweepAsOf("2025-04-01T11:59:59Z").clientAssignmentsEnded()).isZero();
    assertThat(sweepAsOf("2025-04-01T12:00:00Z").clientAssignmentsEnded()).isEqualTo(1);
    assertThat(sweepAsOf("2025-05-01T00:00:00Z").clientAssignmentsEnded()).isZero();

    var rows =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT client_id, is_active FROM user_client_assignments_projection WHERE user_id = :u")
                        .bind("u", nurse)
                        .mapToMap()
                        .list());
    assertThat(rows)
        .extracting(r -> r.get("client_id") + "=" + r.get("is_active"))
        .containsExactlyInAnyOrder(client + "=false", open + "=true");
    var reasons =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT event_data ->> 'reason' FROM domain_events WHERE stream_id = :u AND event_type = 'user.client.unassigned'")
                        .bind("u", nurse)
                        .mapTo(String.class)
                        .list());
    assertThat(reasons).containsExactly("expired");
  }

  @Test
  void aScheduleAssignmentEndsTheDayAfterItsLastLocalDayInItsTemplateStream() {
    var org = fixtures.organization("Shift Org", "America/Los_Angeles");
    var worker = fixtures.user("shift-worker@expiry.test");
    var template = UUID.randomUUID();
    fixtures.append(
        EventTypes.SCHEDULE_CREATED,
        template,
        data(
            "template_id",
            template,
            "organization_id",
            org.id(),
            "org_unit_id",
            null,
            "schedule_name",
            "Days",
            "schedule",
            Map.of("monday", Map.of("begin", "0800", "end", "1600"))));
    fixtures.append(
        EventTypes.SCHEDULE_USER_ASSIGNED,
        template,
        data(
            "template_id",
            template,
            "user_id",
            worker,
            "organization_id",
            org.id(),
            "effective_from",
            null,
            "effective_until",
            LocalDate.of(2025, 6, 30)));

    // 2025-07-01T06:59Z is still June 30th in Los Angeles (UTC-7)
    assertThat(sweepAsOf("2025-07-01T06:59:00Z").scheduleAssignmentsEnded()).isZero();
    assertThat(sweepAsOf("2025-07-01T07:00:00Z").scheduleAssignmentsEnded()).isEqualTo(1);
    assertThat(sweepAsOf("2025-07-02T00:00:00Z").scheduleAssignmentsEnded()).isZero();

    var row =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT a.is_active, t.assigned_user_count FROM schedule_user_assignments_projection a
            JOIN schedule_templates_projection t ON t.id = a.schedule_template_id WHERE a.user_id = :u
            """)
                        .bind("u", worker)
                        .mapToMap()
                        .one());
    assertThat(row).containsEntry("is_active", false).containsEntry("assigned_user_count", 0);
    var stream =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT stream_type || ':' || (event_data ->> 'reason') FROM domain_events WHERE event_type = 'schedule.user_unassigned' AND stream_id = :t")
                        .bind("t", template)
                        .mapTo(String.class)
                        .list());
    assertThat(stream).containsExactly("schedule:expired");
  }
}
