package io.roster.bench.sweeps;

import io.roster.bench.infra.SqlScript;
import io.roster.bench.platform.PlatformData;
import org.jdbi.v3.core.Jdbi;

/** The hand-written single statement of one sweep kind (bench/sweep_floor_*.sql), timed. */
final class SweepFloor {

  private SweepFloor() {}

  record Timed(long nanos, long events) {}

  static Timed run(Jdbi jdbi, String kind) {
    var sql = SqlScript.text("bench/sweep_floor_" + kind + ".sql");
    return jdbi.inTransaction(
        h -> {
          long started = System.nanoTime();
          int events = h.createUpdate(sql).bind("as_of", PlatformData.AS_OF).execute();
          return new Timed(System.nanoTime() - started, events);
        });
  }

  /** A digest of the ids of the events of some types: the same events have the same digest. */
  static String digest(Jdbi jdbi, String... eventTypes) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT count(*) || ' ' || coalesce(md5(string_agg(id::text, ',' ORDER BY id)), '')
                    FROM domain_events WHERE event_type = ANY(:types)
                    """)
                .bindArray("types", String.class, (Object[]) eventTypes)
                .mapTo(String.class)
                .one());
  }
}
