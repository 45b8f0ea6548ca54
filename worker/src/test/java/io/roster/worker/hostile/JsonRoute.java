package io.roster.worker.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON route of the API with a valid body, and for each field of that body the hostile values to
 * try in it. {@code optionalBody}: the route also takes no body (or JSON {@code null}).
 */
record JsonRoute(
    String name,
    String method,
    String path,
    Map<String, Object> base,
    Map<String, List<HostileValue>> fields,
    boolean optionalBody) {

  static JsonRoute of(String name, String method, String path, Map<String, Object> base) {
    return new JsonRoute(name, method, path, base, new LinkedHashMap<>(), false);
  }

  JsonRoute bodyOptional() {
    return new JsonRoute(name, method, path, base, fields, true);
  }

  /** Tries each value in {@code field}. */
  JsonRoute field(String field, List<HostileValue> values) {
    fields.computeIfAbsent(field, f -> new ArrayList<>()).addAll(values);
    return this;
  }

  JsonRoute field(String field, HostileValue... values) {
    return field(field, List.of(values));
  }

  /** A copy of the valid body with {@code field} set to {@code value} (a dotted path is nested). */
  Map<String, Object> with(String field, Object value) {
    var body = new LinkedHashMap<>(base);
    body.put(field, value);
    return body;
  }

  static Map<String, Object> body(Object... pairs) {
    var body = new LinkedHashMap<String, Object>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }
}
