package io.roster.reliability.concurrency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The questions {@link ConcurrentWritersTest} asks of the database afterwards. */
final class ConcurrencyChecks {

  private final Jdbi jdbi;
  private final UUID racer;

  ConcurrencyChecks(Jdbi jdbi, UUID racer) {
    this.jdbi = jdbi;
    this.racer = racer;
  }

  long usersWithEmailLike(String pattern) {
    return count("SELECT count(*) FROM users WHERE email LIKE :p", "p", pattern);
  }

  /** Events of the two onboardings by type, leaving out the raced user's (order-dependent). */
  Map<String, Long> onboardingEventsBesideTheRacer(String firstWorkflow, String secondWorkflow) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT event_type, count(*) AS n FROM domain_events
                    WHERE event_metadata ->> 'correlation_id' IN (:a, :b) AND stream_id <> :racer
                    GROUP BY event_type ORDER BY event_type
                    """)
                .bind("a", firstWorkflow)
                .bind("b", secondWorkflow)
                .bind("racer", racer)
                .reduceRows(
                    new LinkedHashMap<String, Long>(),
                    (map, row) -> {
                      map.put(
                          row.getColumn("event_type", String.class),
                          row.getColumn("n", Long.class));
                      return map;
                    }));
  }

  /** Role assignments with a start date (all of them reached by the sweeps' instant). */
  long rolesWithAStart() {
    return count("SELECT count(*) FROM user_roles_projection WHERE role_valid_from IS NOT NULL");
  }

  long openedRolesNotActivated() {
    return count(
        """
        SELECT count(*) FROM user_roles_projection
        WHERE role_valid_from IS NOT NULL AND activated_at IS NULL
        """);
  }

  /** Events written under the key of a command that was refused (must be none). */
  long eventsOfRefusedCommands(Map<String, Boolean> keys) {
    var refused = keys.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey);
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT count(*) FROM domain_events
                    WHERE event_metadata ->> 'idempotency_key' = ANY(:keys)
                    """)
                .bind("keys", refused.toArray(String[]::new))
                .mapTo(Long.class)
                .one());
  }

  /** Commands that went through but left no stored result under their key (must be none). */
  long unrememberedCommands(Map<String, Boolean> keys) {
    var done = keys.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey);
    var array = done.toArray(String[]::new);
    return array.length
        - jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM command_results WHERE idempotency_key = ANY(:keys)")
                    .bind("keys", array)
                    .mapTo(Long.class)
                    .one());
  }

  long outboxRows() {
    return count("SELECT count(*) FROM notification_outbox");
  }

  private long count(String sql, Object... nameValue) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < nameValue.length; i += 2) {
            query.bind((String) nameValue[i], nameValue[i + 1]);
          }
          return query.mapTo(Long.class).one();
        });
  }
}
