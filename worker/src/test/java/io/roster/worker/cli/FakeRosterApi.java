package io.roster.worker.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the service's HTTP API on a loopback port, answering with scripted responses in
 * order (the documented contract, DESIGN.md §11) and recording every request it got.
 */
final class FakeRosterApi implements AutoCloseable {

  /** A request as the fake saw it: raw (still percent-encoded) path and query. */
  record Seen(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      String body) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private record Answer(int status, String contentType, String body) {}

  private final HttpServer server;
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<Seen> seen = new ArrayList<>();

  FakeRosterApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  FakeRosterApi answer(int status, String json) {
    answers.add(new Answer(status, "application/json", json));
    return this;
  }

  FakeRosterApi problem(int status, String json) {
    answers.add(new Answer(status, "application/problem+json", json));
    return this;
  }

  synchronized List<Seen> requests() {
    return List.copyOf(seen);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    var answer =
        answers.isEmpty()
            ? new Answer(500, "application/problem+json", "{\"detail\":\"no scripted answer\"}")
            : answers.poll();
    var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
