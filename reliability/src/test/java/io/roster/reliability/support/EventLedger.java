package io.roster.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.Rows;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Questions about the event log after a fault: how many events of each type a request wrote,
 * whether any (stream, version) or any fact was written twice, and whether replaying the log
 * ({@code rebuild_projections()}) gives back exactly the live projections.
 */
public final class EventLedger {

  private final Jdbi jdbi;

  public EventLedger(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Events per type whose metadata carries this correlation id (an onboarding's workflow id). */
  public Map<String, Long> typesOfCorrelation(String correlationId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT event_type, count(*) AS n FROM domain_events
                    WHERE event_metadata ->> 'correlation_id' = :c
                    GROUP BY event_type ORDER BY event_type
                    """)
                .bind("c", correlationId)
                .reduceRows(
                    new LinkedHashMap<String, Long>(),
                    (map, row) -> {
                      map.put(
                          row.getColumn("event_type", String.class),
                          row.getColumn("n", Long.class));
                      return map;
                    }));
  }

  /** Events of the given type in the whole log. */
  public long count(String eventType) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT count(*) FROM domain_events WHERE event_type = :t")
                .bind("t", eventType)
                .mapTo(Long.class)
                .one());
  }

  public long total() {
    return Rows.eventCount(jdbi);
  }

  /** (stream type, stream id, version) triples held by more than one event. */
  public long duplicateStreamVersions() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT count(*) FROM (
                        SELECT 1 FROM domain_events
                        GROUP BY stream_type, stream_id, stream_version HAVING count(*) > 1) d
                    """)
                .mapTo(Long.class)
                .one());
  }

  /**
   * Facts recorded twice: two events of one of these types saying the same thing: the same payload
   * on the same stream (ignoring a generated assignment id, so a unit assigned twice under two ids
   * counts), or, for {@code user.created}, the same email in two streams. (Types whose payload may
   * legitimately repeat, such as a primary moving back and forth, are not passed here.)
   */
  public long duplicateFacts(Collection<String> eventTypes) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT count(*) FROM (
                        SELECT 1 FROM domain_events WHERE event_type = ANY(:types)
                        GROUP BY event_type,
                                 CASE WHEN event_type = 'user.created' THEN event_data ->> 'email'
                                      ELSE stream_type || '/' || stream_id || '/'
                                           || (event_data - 'assignment_id')::text END
                        HAVING count(*) > 1) d
                    """)
                .bind("types", eventTypes.toArray(String[]::new))
                .mapTo(Long.class)
                .one());
  }

  /**
   * Replays the whole log into emptied projections and asserts that every projection equals, row
   * for row, what it was live. Returns the number of events replayed.
   */
  public long assertRebuildEqualsLive() {
    var live = Rows.projections(jdbi);
    long replayed =
        jdbi.inTransaction(
            h -> h.createQuery("SELECT rebuild_projections()").mapTo(Long.class).one());
    var rebuilt = Rows.projections(jdbi);
    assertThat(rebuilt.keySet()).containsExactlyElementsOf(live.keySet());
    live.forEach(
        (table, rows) ->
            assertThat(rebuilt.get(table))
                .as("%s rebuilt from the log equals the live projection", table)
                .containsExactlyElementsOf(rows));
    assertThat(replayed).isEqualTo(total());
    return replayed;
  }

  /** The number of projection rows compared by the last rebuild check. */
  public long projectionRows() {
    return Rows.projections(jdbi).values().stream().mapToLong(List::size).sum();
  }
}
