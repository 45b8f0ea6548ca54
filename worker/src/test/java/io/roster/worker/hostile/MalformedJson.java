package io.roster.worker.hostile;

import static io.roster.worker.hostile.HostileCase.ANY_FIELD;

import io.roster.worker.api.ApiClient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bodies of a JSON route that are not the JSON it reads: truncated, trailing garbage, JSON5-isms,
 * the wrong root, absurd nesting, bad UTF-8, unknown and repeated properties, the wrong media type,
 * a bad key, and a body past the route's limit (1 MB, onboardings 10 MB).
 */
final class MalformedJson {

  private MalformedJson() {}

  static List<HostileCase> of(JsonRoute route) {
    var valid = ApiClient.json(route.base());
    var firstKey = route.base().isEmpty() ? null : route.base().keySet().iterator().next();
    var cases = new ArrayList<HostileCase>();
    add(cases, route, "truncated", valid.substring(0, Math.max(1, valid.length() / 2)));
    add(cases, route, "trailing garbage", valid + " x");
    add(cases, route, "two documents", valid + valid);
    add(cases, route, "single quotes", "{'a': 'b'}");
    add(cases, route, "trailing comma", valid.substring(0, valid.length() - 1) + ",}");
    add(cases, route, "comment", "/* c */ " + valid);
    add(cases, route, "bare array", "[1, 2]");
    add(cases, route, "bare string", "\"text\"");
    add(cases, route, "bare number", "42");
    add(cases, route, "NaN", "{\"a\": NaN}");
    add(cases, route, "deep nesting", "{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
    add(cases, route, "lone surrogate", "{\"a\": \"\\ud800\"}");
    if (!route.optionalBody()) {
      add(cases, route, "null", "null");
      add(cases, route, "empty", "");
      add(cases, route, "blank", "  \n ");
    }
    cases.add(
        HostileCase.bytes(
            route.name() + ": invalid UTF-8",
            route.method(),
            route.path(),
            "application/json",
            invalidUtf8(),
            ANY_FIELD));
    var unknown = route.with("hostile'; DROP TABLE users; --", 1);
    cases.add(
        HostileCase.json(
            route.name() + ": unknown property",
            route.method(),
            route.path(),
            ApiClient.json(unknown),
            "hostile'; DROP TABLE users; --"));
    if (firstKey != null) {
      var repeated = "{\"%s\": %s, %s".formatted(firstKey, "\"x\"", valid.substring(1));
      cases.add(
          HostileCase.json(
              route.name() + ": repeated property",
              route.method(),
              route.path(),
              repeated,
              firstKey));
    }
    cases.add(
        HostileCase.bytes(
                route.name() + ": text/plain",
                route.method(),
                route.path(),
                "text/plain",
                valid.getBytes(StandardCharsets.UTF_8),
                "Content-Type")
            .status(415));
    cases.add(
        HostileCase.json(route.name() + ": key too long", route.method(), route.path(), valid, null)
            .key("k".repeat(129))
            .withField("Idempotency-Key"));
    cases.add(
        HostileCase.json(
                route.name() + ": key with a space", route.method(), route.path(), valid, null)
            .key("a b")
            .withField("Idempotency-Key"));
    int limit = route.path().endsWith("/onboardings") ? 10 * 1024 * 1024 : 1024 * 1024;
    var huge = route.with("padding", "x".repeat(limit + 10));
    cases.add(
        HostileCase.json(
                route.name() + ": past the body limit",
                route.method(),
                route.path(),
                ApiClient.json(huge),
                ANY_FIELD)
            .status(413));
    return cases;
  }

  private static void add(List<HostileCase> cases, JsonRoute route, String name, String json) {
    cases.add(
        HostileCase.json(
            route.name() + ": " + name, route.method(), route.path(), json, ANY_FIELD));
  }

  private static byte[] invalidUtf8() {
    var bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"a\": \"".getBytes(StandardCharsets.US_ASCII));
    bytes.write(0xC3);
    bytes.write(0x28);
    bytes.write(0xFF);
    bytes.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
    return bytes.toByteArray();
  }
}
