package io.roster.worker.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.roster.worker.testing.LogCapture;
import io.roster.workflows.onboarding.OnboardingInput;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.AddSearchAttributesResponse;
import io.temporal.api.operatorservice.v1.OperatorServiceGrpc;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Registering the onboarding search attributes: once on a server that has them already, and a
 * server that refuses, after which onboardings start without them and the worker says so once.
 */
class SearchAttributeRegistrarTest {

  private static OnboardingSubmitter submitter(TestWorkflowEnvironment env) {
    return new OnboardingSubmitter(
        env.getWorkflowClient(), "roster", null, OnboardingInput.of(null, null));
  }

  @Test
  void registeringTwiceOnTheSameServerFindsThemRegisteredAndKeepsThemInUse() {
    try (var env = TestWorkflowEnvironment.newInstance()) {
      var submitter = submitter(env);
      var channel = env.getWorkflowServiceStubs().getRawChannel();

      var first = new SearchAttributeRegistrar(channel, env.getNamespace(), submitter).register();
      var second = new SearchAttributeRegistrar(channel, env.getNamespace(), submitter).register();

      assertThat(first).isEqualTo("RosterOrganizationId registered, RosterRequestId registered");
      assertThat(second)
          .isEqualTo("RosterOrganizationId already registered, RosterRequestId already registered");
      assertThat(submitter.usesSearchAttributes()).isTrue();
    }
  }

  @Test
  void aServerThatRefusesLeavesOnboardingsWithoutSearchAttributesAndSaysSoOnce() throws Exception {
    var name = "refusing-operator-" + UUID.randomUUID();
    var server =
        InProcessServerBuilder.forName(name)
            .addService(
                new OperatorServiceGrpc.OperatorServiceImplBase() {
                  @Override
                  public void addSearchAttributes(
                      AddSearchAttributesRequest request,
                      StreamObserver<AddSearchAttributesResponse> response) {
                    response.onError(
                        Status.PERMISSION_DENIED
                            .withDescription("Request unauthorized.")
                            .asRuntimeException());
                  }
                })
            .build()
            .start();
    var channel = InProcessChannelBuilder.forName(name).build();
    try (var env = TestWorkflowEnvironment.newInstance();
        var log = new LogCapture(OnboardingSubmitter.class)) {
      var submitter = submitter(env);

      var outcome = new SearchAttributeRegistrar(channel, "default", submitter).register();
      new SearchAttributeRegistrar(channel, "default", submitter).register();

      assertThat(outcome)
          .startsWith("not used: the server refused to register RosterOrganizationId")
          .contains("PERMISSION_DENIED");
      assertThat(submitter.usesSearchAttributes()).isFalse();
      assertThat(log.lines())
          .singleElement()
          .asString()
          .contains("start without the search attributes [RosterOrganizationId, RosterRequestId]");
    } finally {
      channel.shutdownNow();
      server.shutdownNow();
    }
  }
}
