package io.roster.worker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.Figures;
import io.roster.worker.api.ApiFixtures;
import io.roster.worker.api.ApiResponse;
import io.roster.worker.api.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, hostile input: several hundred generated bad requests over HTTP, each answered with a
 * 4xx {@code application/problem+json} naming the field at fault, none writing an event, an
 * onboarding row or a command result; the service stays healthy throughout and after.
 */
class HostileInputCorpusTest extends ApiTestBase {

  private static final int HEALTH_EVERY = 100;

  @Test
  void everyHostileRequestIsRefusedWithAProblemNamingItsFieldAndWritesNothing() {
    var cases = HostileCorpus.cases(new HostileSetup(api, admin()).world());
    var failures = new ArrayList<String>();
    var byStatus = new TreeMap<Integer, Long>();
    long written = 0;
    int health = 0;
    long started = System.nanoTime();
    for (int i = 0; i < cases.size(); i++) {
      var hostile = cases.get(i);
      var key = hostile.key() == null ? UUID.randomUUID().toString() : hostile.key();
      var before = counts(key);
      var response = send(hostile, key);
      var after = counts(key);
      byStatus.merge(response.status(), 1L, Long::sum);
      written += after.get(0) - before.get(0);
      var problem = HostileChecks.problem(hostile, response);
      if (problem != null) {
        failures.add(hostile + ": " + problem + "\n    got " + abbreviated(response));
      }
      if (!after.equals(before)) {
        failures.add(
            hostile + ": wrote rows (events, onboarding rows, results) " + before + " -> " + after);
      }
      if ((i + 1) % HEALTH_EVERY == 0) {
        health++;
        assertThat(healthy()).as("health after case %d", i + 1).isTrue();
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    health++;
    boolean healthyAfter = healthy();
    var normal =
        api.post("/api/v1/users", admin())
            .json(
                Map.of(
                    "email",
                    "after-" + ApiFixtures.shortId() + "@roster.test",
                    "first_name",
                    "After",
                    "last_name",
                    "Corpus"))
            .send();

    var figures = new Figures("hostile-input-corpus").put("corpus.requests_tried", cases.size());
    byStatus.forEach((status, n) -> figures.put("corpus.answered_" + status, n));
    figures
        .put("corpus.failures", failures.size())
        .put("corpus.events_written_by_refusals", written)
        .put("corpus.health_checks", health)
        .put("corpus.health_up_after", healthyAfter)
        .put("corpus.normal_request_after", normal.status())
        .put("corpus.millis", millis)
        .write();
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    assertThat(healthyAfter).isTrue();
    assertThat(normal.status()).as(normal.toString()).isEqualTo(201);
  }

  private ApiResponse send(HostileCase hostile, String key) {
    var call = api.call(hostile.method(), hostile.path(), admin()).key(key);
    if (hostile.contentType() != null) {
      call.body(hostile.contentType(), hostile.body());
    }
    return call.send();
  }

  private boolean healthy() {
    var response = api.get("/actuator/health", null).send();
    return response.status() == 200 && "UP".equals(response.text("status"));
  }

  /**
   * What a request under {@code key} could have written: the events and the command result of its
   * command (key {@code api/<actor>/<key>}, the events' correlation id), and onboarding rows, which
   * only a submission adds. Scoped to the key, so that work another test left running in this JVM
   * (an onboarding still applying its members) is not taken for this request's.
   */
  private List<Long> counts(String key) {
    var commandKey = "api/" + world.adminId() + "/" + key;
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT (SELECT count(*) FROM domain_events
                            WHERE event_metadata ->> 'correlation_id' = :key),
                           (SELECT count(*) FROM onboarding_requests),
                           (SELECT count(*) FROM command_results WHERE idempotency_key = :key)
                    """)
                .bind("key", commandKey)
                .map((rs, ctx) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .one());
  }

  private static String abbreviated(ApiResponse response) {
    var text = response.toString();
    return text.length() > 400 ? text.substring(0, 400) + "..." : text;
  }
}
