package io.roster.db.events;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link AppendObserver} hears of committed events only: not rolled back, not duplicates. */
class EventStoreObserverTest {

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static final List<String> heard = new CopyOnWriteArrayList<>();
  private static EventStore store;

  @BeforeAll
  static void open() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
    store = new EventStore(jdbi, events -> events.forEach(e -> heard.add(e.eventType())));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static AppendRequest userCreated(String key) {
    var id = UUID.randomUUID();
    var payload = data("user_id", id, "email", id + "@observer.test");
    payload.putAll(data("first_name", "A", "last_name", "B"));
    return AppendRequest.of(
        key, EventMetadata.of(null, "api"), new PendingEvent(EventTypes.USER_CREATED, id, payload));
  }

  @Test
  void anAppendIsHeardOnceAndItsRepeatNotAtAll() {
    heard.clear();
    var request = userCreated("observer-" + UUID.randomUUID());

    store.append(request);
    store.append(request);

    assertThat(heard).containsExactly(EventTypes.USER_CREATED);
  }

  @Test
  void anAppendInATransactionIsHeardOnlyWhenThatTransactionCommits() {
    heard.clear();

    var thrown =
        catchThrowable(
            () ->
                jdbi.useTransaction(
                    handle -> {
                      store.append(handle, userCreated("rolled-back-" + UUID.randomUUID()));
                      throw new IllegalStateException("roll it back");
                    }));
    jdbi.useTransaction(
        handle -> {
          store.append(handle, userCreated("committed-" + UUID.randomUUID()));
          assertThat(heard).isEmpty();
        });

    assertThat(thrown).hasMessage("roll it back");
    assertThat(heard).containsExactly(EventTypes.USER_CREATED);
  }
}
