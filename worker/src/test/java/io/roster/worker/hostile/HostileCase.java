package io.roster.worker.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One bad request of the corpus and what must come back: a status among {@code statuses} and a
 * problem whose {@code field} is {@code field} ({@link #ANY_FIELD}: the member present, any value,
 * for a body that is not JSON at all).
 *
 * @param key the Idempotency-Key to send; null sends a fresh one
 */
record HostileCase(
    String name,
    String method,
    String path,
    String contentType,
    byte[] body,
    String key,
    Set<Integer> statuses,
    String field) {

  static final String ANY_FIELD = "*";

  static HostileCase json(String name, String method, String path, String json, String field) {
    return new HostileCase(
        name,
        method,
        path,
        "application/json",
        json.getBytes(StandardCharsets.UTF_8),
        null,
        Set.of(400),
        field);
  }

  static HostileCase bytes(
      String name, String method, String path, String contentType, byte[] body, String field) {
    return new HostileCase(name, method, path, contentType, body, null, Set.of(400), field);
  }

  HostileCase status(Integer... allowed) {
    return new HostileCase(name, method, path, contentType, body, key, Set.of(allowed), field);
  }

  HostileCase key(String idempotencyKey) {
    return new HostileCase(name, method, path, contentType, body, idempotencyKey, statuses, field);
  }

  HostileCase withField(String expected) {
    return new HostileCase(name, method, path, contentType, body, key, statuses, expected);
  }

  @Override
  public String toString() {
    return method + " " + path + " [" + name + "]";
  }
}
