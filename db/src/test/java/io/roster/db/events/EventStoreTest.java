package io.roster.db.events;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Rows;
import io.roster.db.testing.TestDatabase;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The append guarantees of {@link EventStore} (DESIGN.md §2), against the real trigger. */
class EventStoreTest {

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventStore store;
  private static EventFixtures fixtures;

  private final UUID actor = UUID.randomUUID();
  private final UUID user = fixtures.user();
  private final EventFixtures.Org org = fixtures.organization("Store Org", "UTC");

  @BeforeAll
  static void open() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
    store = new EventStore(jdbi);
    fixtures = new EventFixtures(store, null);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private AppendRequest request(String key, PendingEvent... events) {
    return AppendRequest.of(key, EventMetadata.of(actor, "api"), events);
  }

  private static String key() {
    return "store-test-" + UUID.randomUUID();
  }

  private PendingEvent clientAssigned(UUID streamUser, UUID payloadUser) {
    return new PendingEvent(
        EventTypes.USER_CLIENT_ASSIGNED,
        streamUser,
        data("user_id", payloadUser, "client_id", UUID.randomUUID(), "organization_id", org.id()));
  }

  private static PendingEvent userCreated(UUID id) {
    var payload = data("user_id", id, "email", id + "@x.org");
    payload.putAll(data("first_name", "A", "last_name", "B"));
    return new PendingEvent(EventTypes.USER_CREATED, id, payload);
  }

  private PendingEvent roleRevoked() {
    return new PendingEvent(
        EventTypes.USER_ROLE_REVOKED,
        user,
        data("user_id", user, "role_id", UUID.randomUUID(), "org_id", org.id()));
  }

  /** Runs an append that must fail and proves it left no event and no projection change. */
  private Throwable failsWithoutTrace(AppendRequest request) {
    long events = Rows.eventCount(jdbi);
    var projections = Rows.projections(jdbi);
    var thrown = catchThrowable(() -> store.append(request));
    assertThat(thrown).as("the append must fail").isNotNull();
    assertThat(Rows.eventCount(jdbi)).isEqualTo(events);
    assertThat(Rows.projections(jdbi)).isEqualTo(projections);
    return thrown;
  }

  @Test
  void appendingTheSameRequestTwiceWritesNothingTheSecondTimeAndReturnsTheStoredEvents() {
    var newUser = UUID.randomUUID();
    var key = key();
    var request = request(key, userCreated(newUser), clientAssigned(newUser, newUser));
    var first = store.append(request);
    assertThat(first.duplicate()).isFalse();
    assertThat(first.events())
        .extracting(StoredEvent::id)
        .containsExactly(EventIds.eventId(key, 0), EventIds.eventId(key, 1));
    assertThat(first.events()).extracting(StoredEvent::streamVersion).containsExactly(1, 2);
    assertThat(first.events().get(0).metadata().get("idempotency_key").asText()).isEqualTo(key);
    assertThat(first.events().get(0).metadata().get("user_id").asText())
        .isEqualTo(actor.toString());
    long events = Rows.eventCount(jdbi);
    var projections = Rows.projections(jdbi);

    var second = store.append(request);
    var changedRetry = store.append(request(key, clientAssigned(newUser, newUser)));

    assertThat(second.duplicate()).isTrue();
    assertThat(second.events()).isEqualTo(first.events());
    assertThat(changedRetry.duplicate()).isTrue();
    assertThat(changedRetry.events()).isEqualTo(first.events());
    assertThat(Rows.eventCount(jdbi)).isEqualTo(events);
    assertThat(Rows.projections(jdbi)).isEqualTo(projections);
  }

  @Test
  void aWrongExpectedStreamVersionThrowsVersionConflictAndWritesNothing() {
    var stream = StreamRef.user(user);
    for (int wrong : new int[] {0, 2, 7}) {
      var thrown =
          failsWithoutTrace(request(key(), clientAssigned(user, user)).expecting(stream, wrong));
      assertThat(thrown).isInstanceOf(VersionConflictException.class);
    }
    var appended = store.append(request(key(), clientAssigned(user, user)).expecting(stream, 1));
    assertThat(appended.events().get(0).streamVersion()).isEqualTo(2);
  }

  @Test
  void anAppendWithoutAHandleCommitsOnItsOwnEvenInsideAnotherTransactionOfTheSameJdbi() {
    var key = key();
    var thrown =
        catchThrowable(
            () ->
                jdbi.useTransaction(
                    h -> {
                      h.createQuery("SELECT 1").mapTo(Integer.class).one();
                      store.append(request(key, clientAssigned(user, user)));
                      throw new IllegalStateException("the surrounding transaction fails");
                    }));
    assertThat(thrown).hasMessage("the surrounding transaction fails");
    assertThat(store.append(request(key, clientAssigned(user, user))).duplicate()).isTrue();
  }

  @Test
  void anExpectedVersionOfAStreamTheCommandOnlyReadIsCheckedToo() {
    var orgStream = StreamRef.organization(org.id());
    fixtures.event(
        EventTypes.ORGANIZATION_SETTINGS_UPDATED,
        org.id(),
        data("organization_id", org.id(), "max_active_unit_assignments", 2));
    var stale = request(key(), clientAssigned(user, user)).expecting(orgStream, 1);
    assertThat(failsWithoutTrace(stale)).isInstanceOf(VersionConflictException.class);
    var current = request(key(), clientAssigned(user, user)).expecting(orgStream, 2);
    assertThat(store.append(current).duplicate()).isFalse();
  }

  @Test
  void unknownEventTypesOfEveryStreamAreRefusedAndLeaveNoTrace() {
    var streamKeys =
        Map.of(
            "user", "user_id",
            "schedule", "template_id",
            "organization", "organization_id",
            "organization_unit", "unit_id",
            "role", "role_id",
            "permission", "permission_id");
    for (var type :
        new String[] {
          "user.teleported", "user.role.teleported", "user.client.teleported",
          "user.schedule.teleported", "user.org_unit.teleported", "schedule.teleported",
          "organization.teleported", "organization_unit.teleported", "role.teleported",
          "permission.teleported"
        }) {
      var stream = type.substring(0, type.indexOf('.'));
      var id = stream.equals("user") ? user : UUID.randomUUID();
      var event = new PendingEvent(type, id, data(streamKeys.get(stream), id));
      var error = Rows.sqlError(failsWithoutTrace(request(key(), event)));
      assertThat(error.detail()).as(type).isEqualTo("unknown_event_type");
    }
  }

  @Test
  void aProcessorFailureLeavesNoEventAndNoProjectionChange() {
    var revoke = Rows.sqlError(failsWithoutTrace(request(key(), roleRevoked())));
    assertThat(revoke.detail()).isEqualTo("projection_row_missing");
    var unit = fixtures.unit(org, "chapter", "Primary");
    var assigned = data("assignment_id", UUID.randomUUID(), "user_id", user, "is_primary", true);
    assigned.putAll(data("organization_unit_id", unit.id(), "organization_id", org.id()));
    fixtures.event(EventTypes.USER_ORG_UNIT_ASSIGNED, user, assigned);
    var toMissing =
        new PendingEvent(
            EventTypes.USER_ORG_UNIT_PRIMARY_CHANGED,
            user,
            data("user_id", user, "organization_id", org.id(), "assignment_id", UUID.randomUUID()));
    var error = Rows.sqlError(failsWithoutTrace(request(key(), toMissing)));
    assertThat(error.detail()).isEqualTo("projection_row_missing");
  }

  @Test
  void aMultiEventAppendWhoseSecondEventFailsStoresNone() {
    failsWithoutTrace(request(key(), clientAssigned(user, user), roleRevoked()));
    var newUser = UUID.randomUUID();
    var created = userCreated(newUser);
    failsWithoutTrace(request(key(), created, clientAssigned(newUser, user)));
    int version = jdbi.withHandle(h -> store.streamVersion(h, StreamRef.user(newUser)));
    assertThat(version).isZero();
  }

  @Test
  void streamVersionsCountOneTwoThreeInEachStream() {
    var other = fixtures.user();
    store.append(request(key(), clientAssigned(user, user), clientAssigned(other, other)));
    store.append(request(key(), clientAssigned(other, other), clientAssigned(user, user)));
    var mine = jdbi.withHandle(h -> store.readStream(h, StreamRef.user(user)));
    var theirs = jdbi.withHandle(h -> store.readStream(h, StreamRef.user(other)));
    assertThat(mine).extracting(StoredEvent::streamVersion).containsExactly(1, 2, 3);
    assertThat(theirs).extracting(StoredEvent::streamVersion).containsExactly(1, 2, 3);
    assertThat(mine).extracting(StoredEvent::globalPosition).isSorted();
  }

  @Test
  void aPayloadNamingAnotherAggregateThanItsStreamIsRefused() {
    var other = fixtures.user();
    var error = Rows.sqlError(failsWithoutTrace(request(key(), clientAssigned(user, other))));
    assertThat(error.detail()).isEqualTo("stream_id_mismatch");
    var template = UUID.randomUUID();
    var noTemplateId =
        new PendingEvent(
            EventTypes.SCHEDULE_DEACTIVATED, template, data("organization_id", org.id()));
    assertThat(Rows.sqlError(failsWithoutTrace(request(key(), noTemplateId))).detail())
        .isEqualTo("stream_id_mismatch");
  }
}
