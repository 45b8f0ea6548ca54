package io.roster.activities.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.RosterActivities;
import io.roster.activities.command.CommandExecutor;
import io.roster.db.onboarding.OnboardingQueries;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The batch way of onboarding decides exactly what the one-by-one way decides: the same request,
 * applied with and without it to two databases built alike, leaves the same events (ids, streams,
 * versions, payloads, metadata), the same command results and the same member outcomes, for new
 * members it takes as for every kind of member it leaves to the one-by-one way. (In each batch the
 * members left to the one-by-one way that join the template come after the new ones that do, so
 * even the template stream's versions come out the same.)
 */
class BulkOnboardingEquivalenceTest {

  private static final String REQUEST = "equivalence";
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  @Test
  void theBatchWayAndTheOneByOneWayLeaveTheSameEventsResultsAndOutcomes() {
    try (var oneByOne = TestDatabase.fresh();
        var batched = TestDatabase.fresh()) {
      var expected = onboard(oneByOne, false);
      var actual = onboard(batched, true);

      assertThat(actual.outcomes()).containsExactlyElementsOf(expected.outcomes());
      assertThat(actual.events()).containsExactlyElementsOf(expected.events());
      assertThat(actual.results()).containsExactlyElementsOf(expected.results());
      assertThat(expected.outcomes()).filteredOn(o -> o.contains(" succeeded ")).hasSize(10);
    }
  }

  @Test
  void aBatchOfNewMembersIsOnboardedInOneTransactionWithoutTheOneByOneWay() {
    try (var db = TestDatabase.fresh()) {
      FixedWorld.build(db);
      var members = new ArrayList<StaffMember>();
      for (int i = 0; i < 20; i++) {
        members.add(full("new-" + i + "@fixed.test"));
      }
      new OnboardingRequestStore(db.jdbi())
          .store(new StoreOnboarding(FixedWorld.ORG_A, "all-new", FixedWorld.ADMIN, members));
      var pending =
          db.jdbi()
              .onDemand(OnboardingQueries.class)
              .pendingMembers(FixedWorld.ORG_A, "all-new", 0, 20);

      var done =
          new BulkOnboarder(new CommandExecutor(db.jdbi()))
              .apply(FixedWorld.ORG_A, "all-new", pending);

      assertThat(done).hasSize(20);
      long transactions =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              """
                              SELECT count(DISTINCT xmin::text) FROM domain_events
                              WHERE event_metadata ->> 'correlation_id' LIKE 'onboard-staff/%'
                              """)
                          .mapTo(Long.class)
                          .one());
      assertThat(transactions).as("one transaction wrote every event").isEqualTo(1L);
      long events =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT count(*) FROM domain_events WHERE event_metadata ->> 'correlation_id' LIKE 'onboard-staff/%'")
                          .mapTo(Long.class)
                          .one());
      assertThat(events).isEqualTo(20L * 9);
    }
  }

  private static Snapshot onboard(TestDatabase db, boolean bulk) {
    FixedWorld.build(db);
    var jdbi = db.jdbi();
    new OnboardingRequestStore(jdbi)
        .store(new StoreOnboarding(FixedWorld.ORG_A, REQUEST, FixedWorld.ADMIN, members()));
    var all = RosterActivities.create(jdbi, Optional.empty());
    var activities =
        new OnboardingActivitiesImpl(
            all.executor(),
            all.users(),
            all.roles(),
            all.orgUnits(),
            all.scheduleTemplates(),
            all.clients(),
            bulk,
            io.roster.activities.RosterObserver.NONE);
    activities.applyOnboardingBatch(new OnboardingBatch(FixedWorld.ORG_A, REQUEST, 0, 10));
    activities.applyOnboardingBatch(new OnboardingBatch(FixedWorld.ORG_A, REQUEST, 10, 100));
    return Snapshot.of(jdbi);
  }

  /** Members of every kind: new ones the batch way takes, and each kind it leaves alone. */
  private static List<StaffMember> members() {
    var m = new ArrayList<StaffMember>();
    m.add(full("a@fixed.test"));
    m.add(small("b@fixed.test", List.of(new StaffRole("clinician", null, null, null))));
    m.add(small("c@fixed.test", List.of(new StaffRole("wizard", null, null, null))));
    m.add(small("d@fixed.test", List.of(new StaffRole("clinician", null, DAY, DAY.minusDays(1)))));
    m.add(full(FixedWorld.EXISTING_EMAIL));
    m.add(full("twice@fixed.test"));
    m.add(full("TWICE@fixed.test"));
    m.add(withUnits(full("e@fixed.test"), List.of(new StaffUnit(FixedWorld.FACILITY_B, true))));
    m.add(
        withUnits(
            full("f@fixed.test"),
            List.of(
                new StaffUnit(FixedWorld.FACILITY_1, true),
                new StaffUnit(FixedWorld.FACILITY_2, true))));
    m.add(
        small(
            "g@fixed.test",
            List.of(
                new StaffRole("clinician", null, null, null),
                new StaffRole("clinician", null, DAY, null))));
    m.add(full("h@fixed.test"));
    m.add(
        new StaffMember(
            FixedWorld.EXISTING,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of()));
    m.add(small("not an email", List.of()));
    m.add(
        new StaffMember(
            null, "i@fixed.test", "I", "Only", null, DAY, List.of(), List.of(), null, List.of()));
    m.add(full("j@fixed.test"));
    m.add(full("k@fixed.test"));
    return m;
  }

  private static StaffMember full(String email) {
    return new StaffMember(
        null,
        email,
        "First",
        "Last",
        DAY,
        null,
        List.of(
            new StaffRole(
                "clinician",
                FixedWorld.facilityPath(FixedWorld.ORG_A, FixedWorld.FACILITY_1),
                null,
                null),
            new StaffRole("peer_mentor", null, DAY, DAY.plusDays(364))),
        List.of(
            new StaffUnit(FixedWorld.FACILITY_2, false),
            new StaffUnit(FixedWorld.FACILITY_1, true)),
        new StaffSchedule(FixedWorld.TEMPLATE, DAY, null),
        List.of(FixedWorld.id("client-1/" + email), FixedWorld.id("client-2/" + email)));
  }

  private static StaffMember small(String email, List<StaffRole> roles) {
    return new StaffMember(
        null,
        email,
        "Small",
        "Member",
        null,
        null,
        roles,
        List.of(new StaffUnit(FixedWorld.FACILITY_1, null)),
        null,
        List.of());
  }

  private static StaffMember withUnits(StaffMember member, List<StaffUnit> units) {
    return new StaffMember(
        member.userId(),
        member.email(),
        member.firstName(),
        member.lastName(),
        member.accessStartDate(),
        member.accessExpirationDate(),
        member.roles(),
        units,
        member.schedule(),
        member.clientIds());
  }

  /** What an onboarding leaves, in a form two databases can be compared in. */
  private record Snapshot(List<String> outcomes, List<String> events, List<String> results) {

    static Snapshot of(Jdbi jdbi) {
      return jdbi.withHandle(
          h ->
              new Snapshot(
                  h.createQuery(
                          """
                          SELECT member_index || ' ' || status || ' ' || coalesce(user_id::text, '-') || ' '
                                 || coalesce(failure_code, '-') || ' ' || coalesce(failure_message, '-')
                          FROM onboarding_requests ORDER BY member_index
                          """)
                      .mapTo(String.class)
                      .list(),
                  h.createQuery(
                          """
                          SELECT id || ' ' || stream_type || ' ' || stream_id || ' ' || stream_version || ' '
                                 || event_type || ' ' || event_data::text || ' ' || event_metadata::text
                          FROM domain_events WHERE event_metadata ->> 'correlation_id' LIKE 'onboard-staff/%'
                          ORDER BY id
                          """)
                      .mapTo(String.class)
                      .list(),
                  h.createQuery(
                          """
                          SELECT idempotency_key || ' ' || command || ' ' || coalesce(actor_id::text, '-')
                                 || ' ' || coalesce(result::text, '-')
                          FROM command_results ORDER BY idempotency_key
                          """)
                      .mapTo(String.class)
                      .list()));
    }
  }
}
