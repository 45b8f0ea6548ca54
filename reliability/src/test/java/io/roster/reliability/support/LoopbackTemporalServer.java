package io.roster.reliability.support;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's in-memory test server (the one {@code TestServer.createPortBoundServer} runs) in real
 * time, bound to 127.0.0.1 only. {@code createPortBoundServer} binds every interface ({@code
 * Grpc.newServerBuilderForPort}); this builds the same services ({@link TestServicesStarter}, time
 * skipping locked) behind a Netty server built {@code forAddress(127.0.0.1, port)}, with the same
 * health service, so a worker in another process can reach it at {@link #address()}.
 */
public final class LoopbackTemporalServer implements AutoCloseable {

  private final TestServicesStarter services;
  private final Server server;
  private final WorkflowServiceStubs stubs;

  private LoopbackTemporalServer(TestServicesStarter services, Server server) {
    this.services = services;
    this.server = server;
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address()).build());
  }

  /** Starts the server on an ephemeral port of 127.0.0.1, in real time (no time skipping). */
  public static LoopbackTemporalServer start() {
    var services = new TestServicesStarter(true, 0);
    var builder =
        NettyServerBuilder.forAddress(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    try {
      return new LoopbackTemporalServer(services, builder.build().start());
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException("cannot bind the Temporal test server to 127.0.0.1", e);
    }
  }

  /** {@code 127.0.0.1:<port>}, for TEMPORAL_ADDRESS. */
  public String address() {
    return "127.0.0.1:" + port();
  }

  public int port() {
    return server.getPort();
  }

  /** The local address the server listens on (the tests assert it is the loopback). */
  public InetSocketAddress listenAddress() {
    return (InetSocketAddress) server.getListenSockets().get(0);
  }

  /** A client of the default namespace on this server. */
  public WorkflowClient client() {
    return WorkflowClient.newInstance(
        stubs, WorkflowClientOptions.newBuilder().setNamespace("default").build());
  }

  @Override
  public void close() {
    stubs.shutdownNow();
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    }
    services.close();
  }
}
