package io.roster.worker.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API under test: raw bodies, any headers, JSON answers. */
public final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;

  ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A request to {@code path} (starting with /api/v1 or /actuator) as {@code token}. */
  public Call call(String method, String path, String token) {
    return new Call(method, path, token);
  }

  public Call get(String path, String token) {
    return call("GET", path, token);
  }

  /** A POST with a fresh Idempotency-Key. */
  public Call post(String path, String token) {
    return call("POST", path, token).key(UUID.randomUUID().toString());
  }

  public static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  /** One request being built. */
  public final class Call {
    private final HttpRequest.Builder request;
    private final String method;
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Call(String method, String path, String token) {
      this.method = method;
      this.request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
    }

    public Call key(String key) {
      request.setHeader("Idempotency-Key", key);
      return this;
    }

    public Call header(String name, String value) {
      request.setHeader(name, value);
      return this;
    }

    public Call json(String json) {
      request.setHeader("Content-Type", "application/json");
      body = HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
      return this;
    }

    public Call json(Object value) {
      return json(ApiClient.json(value));
    }

    public Call body(String contentType, byte[] bytes) {
      request.setHeader("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofByteArray(bytes);
      return this;
    }

    /** A body of unknown length (chunked): the server cannot refuse it before reading. */
    public Call chunked(String contentType, byte[] bytes) {
      request.setHeader("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
      return this;
    }

    public ApiResponse send() {
      try {
        var response =
            http.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
        return new ApiResponse(
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(""),
            response.body(),
            parse(response.body()),
            response.headers());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(body);
    } catch (RuntimeException notJson) {
      return JSON.missingNode();
    }
  }
}
