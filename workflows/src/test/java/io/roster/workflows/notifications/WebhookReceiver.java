package io.roster.workflows.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on a loopback port that counts accepted deliveries per Idempotency-Key and
 * answers 503 to its first {@code failuresBeforeSuccess} requests.
 */
final class WebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger failuresLeft;
  final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
  final AtomicInteger refused = new AtomicInteger();

  WebhookReceiver(int failuresBeforeSuccess) {
    failuresLeft = new AtomicInteger(failuresBeforeSuccess);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          int status = 200;
          if (failuresLeft.getAndDecrement() > 0) {
            status = 503;
            refused.incrementAndGet();
          } else {
            accepted
                .computeIfAbsent(
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    k -> new AtomicInteger())
                .incrementAndGet();
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
