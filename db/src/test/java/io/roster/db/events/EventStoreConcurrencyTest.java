package io.roster.db.events;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Rows;
import io.roster.db.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Optimistic concurrency under real contention: writers released together by a latch, each on its
 * own connection, append to one stream.
 */
class EventStoreConcurrencyTest {

  private static final int WRITERS = 8;

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventStore store;
  private static EventFixtures fixtures;
  private static ExecutorService pool;

  private final UUID user = fixtures.user();
  private final EventFixtures.Org org = fixtures.organization("Race Org", "UTC");

  @BeforeAll
  static void open() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
    store = new EventStore(jdbi);
    fixtures = new EventFixtures(store, null);
    pool = Executors.newFixedThreadPool(WRITERS);
  }

  @AfterAll
  static void close() throws InterruptedException {
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    db.close();
  }

  private AppendRequest assignClient(String key) {
    return AppendRequest.of(
        key,
        EventMetadata.of(null, "api"),
        new PendingEvent(
            EventTypes.USER_CLIENT_ASSIGNED,
            user,
            data("user_id", user, "client_id", UUID.randomUUID(), "organization_id", org.id())));
  }

  /** Runs one append per writer, all released at once; each outcome is a result or an error. */
  private List<Object> race(IntFunction<AppendRequest> requestOfWriter) throws Exception {
    var start = new CountDownLatch(1);
    var futures = new ArrayList<Future<Object>>();
    for (int i = 0; i < WRITERS; i++) {
      var request = requestOfWriter.apply(i);
      Callable<Object> task =
          () -> {
            start.await();
            try {
              return store.append(request);
            } catch (RuntimeException e) {
              return e;
            }
          };
      futures.add(pool.submit(task));
    }
    start.countDown();
    var outcomes = new ArrayList<>();
    for (var future : futures) {
      outcomes.add(future.get(60, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private long clientRows() {
    return Rows.one(
            jdbi,
            "SELECT count(*) AS n FROM user_client_assignments_projection WHERE user_id = ?",
            user)
        .integer("n");
  }

  @RepeatedTest(3)
  void ofManyWritersAtTheSameExpectedVersionExactlyOneWinsAndTheOthersConflict() throws Exception {
    var stream = StreamRef.user(user);
    long events = Rows.eventCount(jdbi);
    var outcomes = race(i -> assignClient("race-" + UUID.randomUUID()).expecting(stream, 1));
    assertThat(outcomes).filteredOn(AppendResult.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof AppendResult))
        .hasSize(WRITERS - 1)
        .allSatisfy(o -> assertThat(o).isInstanceOf(VersionConflictException.class));
    List<StoredEvent> streamEvents = jdbi.withHandle(h -> store.readStream(h, stream));
    assertThat(streamEvents).extracting(StoredEvent::streamVersion).containsExactly(1, 2);
    assertThat(Rows.eventCount(jdbi)).isEqualTo(events + 1);
    assertThat(clientRows()).isOne();
  }

  @RepeatedTest(3)
  void concurrentRetriesOfOneCommandStoreItsEventOnce() throws Exception {
    var key = "retry-" + UUID.randomUUID();
    var request = assignClient(key);
    var outcomes = race(i -> request);
    var written =
        outcomes.stream()
            .filter(o -> o instanceof AppendResult r && !r.duplicate())
            .map(AppendResult.class::cast)
            .toList();
    assertThat(written).hasSize(1);
    assertThat(outcomes)
        .allSatisfy(
            o ->
                assertThat(o instanceof AppendResult || o instanceof VersionConflictException)
                    .as("a result or a retryable conflict: %s", o)
                    .isTrue());
    var retried = store.append(request);
    assertThat(retried.duplicate()).isTrue();
    assertThat(retried.events()).isEqualTo(written.get(0).events());
    assertThat(clientRows()).isOne();
  }

  @Test
  void aWriterWhoseReadWasOvertakenByACommitConflictsWhenItInserts() {
    var stream = StreamRef.user(user);
    long clients = clientRows();
    var thrown =
        catchThrowable(
            () ->
                jdbi.useTransaction(
                    TransactionIsolationLevel.REPEATABLE_READ,
                    h -> {
                      // The snapshot: this writer will go on seeing the stream at version 1.
                      h.createQuery("SELECT 1").mapTo(Integer.class).one();
                      store.append(assignClient("winner-" + UUID.randomUUID()));
                      store.append(
                          h, assignClient("loser-" + UUID.randomUUID()).expecting(stream, 1));
                    }));
    assertThat(thrown)
        .isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("concurrent append");
    assertThat(Rows.sqlError(thrown).constraint()).isEqualTo("domain_events_stream_version_key");
    assertThat(clientRows()).isEqualTo(clients + 1);
  }
}
