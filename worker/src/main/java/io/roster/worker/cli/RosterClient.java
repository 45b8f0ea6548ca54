package io.roster.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The HTTP API as the command line uses it (java.net.http): JSON in snake_case, a bearer token, and
 * every 4xx/5xx turned into an {@link ApiProblem}, every connection failure into a {@link
 * ServiceUnreachable}.
 */
final class RosterClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final String token;
  private final HttpClient http;

  RosterClient(URI base, String token) {
    this.base = base;
    this.token = token;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  JsonNode get(String path) {
    return send(request(path).GET().build());
  }

  JsonNode post(String path, String contentType, byte[] body, String idempotencyKey) {
    var request =
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build());
  }

  JsonNode postJson(String path, Object body, String idempotencyKey) {
    try {
      return post(path, "application/json", JSON.writeValueAsBytes(body), idempotencyKey);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + body + " as JSON", e);
    }
  }

  /** One path segment, percent-encoded ({@code /} included). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A multi-segment path: each segment percent-encoded, the {@code /} between them kept. */
  static String path(String value) {
    return Arrays.stream(value.split("/", -1))
        .map(RosterClient::segment)
        .collect(Collectors.joining("/"));
  }

  /** A query parameter value, percent-encoded. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    var builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json, application/problem+json");
    if (token != null && !token.isBlank()) {
      builder.header("Authorization", "Bearer " + token.trim());
    }
    return builder;
  }

  private JsonNode send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ServiceUnreachable(base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    var body = response.body();
    JsonNode json = parse(body);
    if (response.statusCode() >= 400) {
      throw ApiProblem.of(response.statusCode(), body, json);
    }
    return json == null ? JSON.createObjectNode() : json;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
