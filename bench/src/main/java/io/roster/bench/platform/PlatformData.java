package io.roster.bench.platform;

import io.roster.bench.Numbers;
import io.roster.bench.Progress;
import io.roster.bench.Scale;
import io.roster.bench.infra.BenchDatabase;
import io.roster.bench.infra.BenchPostgres;
import io.roster.bench.infra.SqlScript;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The platform data set (bench/platform.sql): organizations in 12 time zones, 5 role assignments
 * per user, appended as events so the real processors build the projections. The read path, rebuild
 * and sweep scenarios share one per scale; the sweeps change it, so they run last.
 *
 * @param events events in domain_events after loading
 * @param loadNanos how long the set-based INSERTs of the events (and their processors) took
 */
public record PlatformData(BenchDatabase db, Scale scale, long events, long loadNanos) {

  /** The date the windows are laid out around (bench/platform.sql's D). */
  public static final LocalDate AS_OF_DATE = LocalDate.of(2026, 6, 15);

  /** The instant every read and sweep is asked as of: D at noon UTC. */
  public static final OffsetDateTime AS_OF = AS_OF_DATE.atTime(12, 0).atOffset(ZoneOffset.UTC);

  public static PlatformData load(BenchPostgres server, Scale scale) throws SQLException {
    var db = server.fresh("platform_" + scale.name());
    Progress.say(
        "loading %s role assignments for %s users in %d organizations (%s scale)",
        Numbers.count(scale.roleAssignments()),
        Numbers.count(scale.users()),
        scale.organizations(),
        scale.name());
    long nanos;
    try (var connection = db.connection()) {
      long started = System.nanoTime();
      SqlScript.run(
          connection,
          "bench/platform.sql",
          Map.of(
              "organizations", scale.organizations(),
              "users_per_organization", scale.usersPerOrganization(),
              "as_of_date", AS_OF_DATE));
      nanos = System.nanoTime() - started;
      try (var statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE");
      }
    }
    long events =
        db.jdbi()
            .withHandle(
                h -> h.createQuery("SELECT count(*) FROM domain_events").mapTo(Long.class).one());
    Progress.say(
        "loaded %s events in %s (%s events/s)",
        Numbers.count(events), Numbers.seconds(nanos), Numbers.decimal(events / (nanos / 1e9)));
    return new PlatformData(db, scale, events, nanos);
  }
}
