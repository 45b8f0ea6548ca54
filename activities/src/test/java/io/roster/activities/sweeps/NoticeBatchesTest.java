package io.roster.activities.sweeps;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expiry notices swept in many small batches, each starting after the last row of the one before:
 * every due notice is appended exactly once, windows that end on the same day (ties on the cursor's
 * first column) included, and the same as one batch taking them all.
 */
class NoticeBatchesTest {

  static final Instant AS_OF = Instant.parse("2025-06-01T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  static TestDatabase db;
  static TestDatabase oneBatch;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    oneBatch = TestDatabase.fresh();
    for (var database : List.of(db, oneBatch)) {
      var fixtures = new EventFixtures(database);
      var org = fixtures.organization("Notices", "UTC");
      for (int i = 0; i < 23; i++) {
        var user = fixtures.user("notice-" + i + "@batches.test");
        // three windows per day, on days 1 to 14 ahead, and two roles for some users
        var until = TODAY.plusDays(1 + i % 8);
        fixtures.assignRole(user, "clinician", org.id(), org.path(), null, until);
        if (i % 3 == 0) {
          fixtures.assignRole(user, "peer_mentor", org.id(), org.path(), null, until);
        }
      }
      var later = fixtures.user("later@batches.test");
      fixtures.assignRole(later, "clinician", org.id(), org.path(), null, TODAY.plusDays(40));
    }
  }

  @AfterAll
  static void tearDown() {
    db.close();
    oneBatch.close();
  }

  @Test
  void smallBatchesAppendEveryDueNoticeOnceAndTheSameAsOneBatch() {
    var sweeps = new SweepActivitiesImpl(db.jdbi());
    var progress = sweeps.sweepBatches(new SweepBatches(SweepKind.EXPIRY_NOTICE, AS_OF, 4, 100));
    assertThat(progress.finished()).isTrue();
    assertThat(progress.appended()).isEqualTo(31);
    assertThat(progress.batches()).isEqualTo(8);

    var again = sweeps.sweepBatches(new SweepBatches(SweepKind.EXPIRY_NOTICE, AS_OF, 4, 100));
    assertThat(again.appended()).isZero();

    new SweepActivitiesImpl(oneBatch.jdbi())
        .runBatch(SweepKind.EXPIRY_NOTICE, OffsetDateTime.ofInstant(AS_OF, ZoneOffset.UTC), 1000);
    assertThat(notices(db)).hasSize(31).containsExactlyElementsOf(notices(oneBatch));
  }

  @Test
  void aCallThatStopsAtItsBatchLimitLeavesTheRestToTheNextCall() {
    try (var fresh = TestDatabase.fresh()) {
      var fixtures = new EventFixtures(fresh);
      var org = fixtures.organization("Limits", "UTC");
      for (int i = 0; i < 10; i++) {
        var user = fixtures.user("limit-" + i + "@batches.test");
        fixtures.assignRole(user, "clinician", org.id(), org.path(), null, TODAY.plusDays(3));
      }
      var sweeps = new SweepActivitiesImpl(fresh.jdbi());
      var first = sweeps.sweepBatches(new SweepBatches(SweepKind.EXPIRY_NOTICE, AS_OF, 3, 2));
      assertThat(first.finished()).isFalse();
      assertThat(first.appended()).isEqualTo(6);
      var rest = sweeps.sweepBatches(new SweepBatches(SweepKind.EXPIRY_NOTICE, AS_OF, 3, 10));
      assertThat(rest.finished()).isTrue();
      assertThat(rest.appended()).isEqualTo(4);
      assertThat(notices(fresh)).hasSize(10);
    }
  }

  /** The notices appended, by the fact they record (event ids derive from it). */
  private static List<String> notices(TestDatabase database) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT event_data ->> 'role_valid_until' || ' ' || (event_data ->> 'days_before')
                               || ' ' || u.email || ' ' || (event_data ->> 'role_id')
                        FROM domain_events e JOIN users u ON u.id = e.stream_id
                        WHERE e.event_type = 'user.role.expiry_notice'
                        ORDER BY 1
                        """)
                    .mapTo(String.class)
                    .list());
  }
}
