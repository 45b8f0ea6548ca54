package io.roster.db.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Rows;
import io.roster.db.testing.Rows.SqlError;
import io.roster.db.testing.TestDatabase;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What domain_events and its trigger guarantee to any writer, the Java store or plain SQL (V2,
 * R__21): replays are skipped before any processor, versions have no gaps and no duplicates, and an
 * event type lives in the stream its prefix names.
 */
class DomainEventsTableTest {

  private static final String INSERT =
      """
      INSERT INTO domain_events (id, stream_type, stream_id, stream_version, event_type, event_data)
      VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
      ON CONFLICT (id) DO NOTHING
      """;

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final UUID user = fixtures.user();
  private final String userJson = "{\"user_id\": \"%s\"}".formatted(user);

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

  private static SqlError insertFails(Object... args) {
    var thrown = catchThrowable(() -> Rows.execute(jdbi, INSERT, args));
    assertThat(thrown).as("the insert must be refused").isNotNull();
    return Rows.sqlError(thrown);
  }

  @Test
  void aStoredEventInsertedAgainIsSkippedBeforeItReachesAnyProcessor() {
    var org = fixtures.organization("Replay Org", "UTC");
    var client = UUID.randomUUID();
    var keys = Map.of("user_id", user, "client_id", client, "organization_id", org.id());
    fixtures.append(EventTypes.USER_CLIENT_ASSIGNED, user, keys);
    var unassigned = fixtures.event(EventTypes.USER_CLIENT_UNASSIGNED, user, keys);
    var projections = Rows.projections(jdbi);
    // Applied again, the unassignment would fail: the client is no longer on the caseload.
    int inserted =
        Rows.execute(
            jdbi,
            INSERT,
            unassigned.id(),
            "user",
            user,
            unassigned.streamVersion(),
            unassigned.eventType(),
            unassigned.data().toString());
    assertThat(inserted).isZero();
    assertThat(Rows.projections(jdbi)).isEqualTo(projections);
  }

  @Test
  void aVersionThatWouldLeaveAGapIsRefused() {
    var error = insertFails(UUID.randomUUID(), "user", user, 3, "user.client.teleported", userJson);
    assertThat(error.state()).isEqualTo("40001");
    assertThat(error.detail()).isEqualTo("stream_version_gap");
  }

  @Test
  void twoEventsCannotTakeTheSameVersionOfAStream() {
    var error = insertFails(UUID.randomUUID(), "user", user, 1, "user.created", userJson);
    assertThat(error.state()).isEqualTo("23505");
    assertThat(error.constraint()).isEqualTo("domain_events_stream_version_key");
  }

  @Test
  void anEventTypeLivesInTheStreamItsPrefixNames() {
    var template = "{\"template_id\": \"%s\"}".formatted(user);
    var error = insertFails(UUID.randomUUID(), "user", user, 2, "schedule.deleted", template);
    assertThat(error.constraint()).isEqualTo("domain_events_event_type_stream_check");
    var unknownStream = insertFails(UUID.randomUUID(), "widget", user, 1, "widget.made", "{}");
    assertThat(unknownStream.constraint()).isEqualTo("domain_events_stream_type_check");
    assertThatThrownBy(() -> new PendingEvent("widget.made", user, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
