package io.roster.reliability.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The environment a test gives {@code roster-worker.jar}: a real PostgreSQL and a Temporal server,
 * both on 127.0.0.1, the HTTP server on a port of 127.0.0.1, no sweep schedules, sticky execution
 * off (Temporal's test server never moves a task off a dead worker's sticky queue) and a JWT secret
 * of its own (development access exists only on the embedded defaults).
 */
public final class WorkerEnvironment {

  private WorkerEnvironment() {}

  public static Map<String, String> of(
      String databaseUrl, String temporalAddress, String taskQueue, int httpPort, Path home) {
    var env = new LinkedHashMap<String, String>();
    env.put("ROSTER_DB_URL", databaseUrl);
    env.put("ROSTER_DB_USER", "postgres");
    env.put("ROSTER_DB_PASSWORD", "");
    env.put("TEMPORAL_ADDRESS", temporalAddress);
    env.put("TEMPORAL_NAMESPACE", "default");
    env.put("ROSTER_TASK_QUEUE", taskQueue);
    env.put("ROSTER_HTTP_ADDRESS", "127.0.0.1");
    env.put("ROSTER_HTTP_PORT", Integer.toString(httpPort));
    env.put("ROSTER_HOME", home.toAbsolutePath().toString());
    env.put("ROSTER_JWT_SECRET", "reliability-" + UUID.randomUUID() + UUID.randomUUID());
    env.put("ROSTER_SCHEDULES_ENABLED", "false");
    env.put("ROSTER_STICKY_SCHEDULE_TO_START", "0s");
    return env;
  }
}
