package io.roster.worker.observability;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.roster.workflows.onboarding.OnboardingSearchAttributes;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the onboarding search attributes ({@link OnboardingSearchAttributes}, Keyword) through
 * the OperatorService, which the embedded server and a self-hosted cluster both offer, then has the
 * submitter use them. An attribute that exists already is fine. A server that refuses (no
 * permission, or no OperatorService, as Temporal Cloud's namespace endpoints) makes the submitter
 * start onboardings without them; that is logged once. An unreachable server throws, so the
 * start-up sequence tries again.
 */
public final class SearchAttributeRegistrar {

  private static final Logger log = LoggerFactory.getLogger(SearchAttributeRegistrar.class);
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private final ManagedChannel channel;
  private final String namespace;
  private final OnboardingSubmitter submitter;

  public SearchAttributeRegistrar(
      ManagedChannel channel, String namespace, OnboardingSubmitter submitter) {
    this.channel = channel;
    this.namespace = namespace;
    this.submitter = submitter;
  }

  /** Registers what is missing; returns a line saying what happened. */
  public String register() {
    var operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setChannel(channel)
                .validateAndBuildWithDefaults());
    var outcome = new ArrayList<String>();
    for (var key : OnboardingSearchAttributes.ALL) {
      try {
        operator
            .blockingStub()
            .withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
            .addSearchAttributes(
                AddSearchAttributesRequest.newBuilder()
                    .setNamespace(namespace)
                    .putSearchAttributes(key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                    .build());
        outcome.add(key.getName() + " registered");
      } catch (StatusRuntimeException e) {
        if (alreadyExists(e)) {
          outcome.add(key.getName() + " already registered");
        } else if (retryable(e)) {
          throw e;
        } else {
          var why =
              "the server refused to register %s (%s)".formatted(key.getName(), e.getStatus());
          submitter.withoutSearchAttributes(why);
          return "not used: " + why;
        }
      }
    }
    submitter.useSearchAttributes();
    var line = String.join(", ", outcome);
    log.info("Search attributes for onboarding workflows: {}", line);
    return line;
  }

  private static boolean alreadyExists(StatusRuntimeException e) {
    return e.getStatus().getCode() == Status.Code.ALREADY_EXISTS
        || String.valueOf(e.getStatus().getDescription())
            .toLowerCase(Locale.ROOT)
            .contains("already exist");
  }

  private static boolean retryable(StatusRuntimeException e) {
    var code = e.getStatus().getCode();
    return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
  }
}
