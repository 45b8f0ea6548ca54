package io.roster.db.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Rows;
import io.roster.db.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * rebuild_projections() (DESIGN.md §2 "Rebuild"): emptying every projection and replaying every
 * event gives, row for row and column for column, the projections the live trigger built.
 */
class RebuildProjectionsTest {

  private static long rebuild(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT rebuild_projections()").mapTo(Long.class).one());
  }

  private static void assertSameProjections(
      Map<String, List<String>> actual, Map<String, List<String>> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach(
        (table, rows) -> assertThat(actual.get(table)).as(table).containsExactlyElementsOf(rows));
  }

  @Test
  void rebuildAfterSeveralHundredMixedEventsEqualsTheLiveProjections() {
    try (var db = TestDatabase.fresh()) {
      var jdbi = db.jdbi();
      new RandomHistory(new EventFixtures(db), new Random(20260202L)).append(400);
      var types =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT DISTINCT event_type FROM domain_events")
                      .mapTo(String.class)
                      .list());
      assertThat(types)
          .as("the history mixes every event type")
          .containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
      var live = Rows.projections(jdbi);
      assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

      assertThat(rebuild(jdbi)).isEqualTo(Rows.eventCount(jdbi)).isGreaterThanOrEqualTo(400);

      assertSameProjections(Rows.projections(jdbi), live);
    }
  }

  @Test
  void rebuildLeavesEveryIndexOfEveryTableAsItFoundIt() {
    try (var db = TestDatabase.fresh()) {
      var jdbi = db.jdbi();
      new RandomHistory(new EventFixtures(db), new Random(11L)).append(100);
      var before = indexes(jdbi);
      assertThat(before).anyMatch(i -> i.contains("idx_user_roles_scope_path"));

      rebuild(jdbi);

      assertThat(indexes(jdbi)).containsExactlyElementsOf(before);
    }
  }

  private static List<String> indexes(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT pg_get_indexdef(i.indexrelid) || ' valid=' || i.indisvalid
                    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public'
                    ORDER BY 1
                    """)
                .mapTo(String.class)
                .list());
  }

  @Test
  void rebuildRepairsProjectionsThatWereChangedBehindTheEventsBack() {
    try (var db = TestDatabase.fresh()) {
      var jdbi = db.jdbi();
      new RandomHistory(new EventFixtures(db), new Random(7L)).append(150);
      var live = Rows.projections(jdbi);
      jdbi.useHandle(
          h -> {
            h.execute("UPDATE users SET first_name = 'tampered'");
            h.execute("UPDATE schedule_templates_projection SET assigned_user_count = 99");
            h.execute("DELETE FROM user_roles_projection");
            h.execute("DELETE FROM schedule_user_assignments_projection");
            h.execute("UPDATE user_org_unit_assignments_projection SET is_primary = false");
          });
      assertThat(Rows.projections(jdbi)).isNotEqualTo(live);

      rebuild(jdbi);

      assertSameProjections(Rows.projections(jdbi), live);
    }
  }

  @Test
  void rebuildOfTheMigratedDatabaseReproducesTheBaseCatalogue() {
    try (var db = TestDatabase.fresh()) {
      var jdbi = db.jdbi();
      var live = Rows.projections(jdbi);
      assertThat(rebuild(jdbi)).isEqualTo(Rows.eventCount(jdbi)).isPositive();
      assertSameProjections(Rows.projections(jdbi), live);
    }
  }

  @Test
  void theSameSeedGivesTheSameHistory() {
    assertThat(shapeOfHistory(11L)).isEqualTo(shapeOfHistory(11L)).hasSizeGreaterThan(100);
  }

  /** The event types and stream versions of a seeded history, in order (ids are random). */
  private static List<String> shapeOfHistory(long seed) {
    try (var db = TestDatabase.fresh()) {
      new RandomHistory(new EventFixtures(db), new Random(seed)).append(120);
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          """
                          SELECT event_type || ' v' || stream_version FROM domain_events
                          ORDER BY global_position
                          """)
                      .mapTo(String.class)
                      .list());
    }
  }

  @Test
  void theComparedTablesAreEveryTableBesideTheWriteSide() {
    try (var db = TestDatabase.fresh()) {
      var tables =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              """
                              SELECT table_name FROM information_schema.tables
                              WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                                AND table_name NOT IN ('domain_events', 'flyway_schema_history',
                                                       'command_results', 'onboarding_requests',
                                                       'notification_outbox')
                              """)
                          .mapTo(String.class)
                          .list());
      assertThat(Rows.projectionTables()).containsExactlyInAnyOrderElementsOf(tables);
    }
  }
}
