package io.roster.workflows.onboarding;

import io.roster.activities.onboarding.BatchOutcome;
import io.roster.activities.onboarding.OnboardingActivities;
import io.roster.activities.onboarding.OnboardingBatch;
import io.roster.activities.onboarding.OnboardingRef;
import io.roster.activities.onboarding.OnboardingReport;
import io.roster.workflows.PatientActivities;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;

/** See {@link OnboardOrganizationStaffWorkflow}. */
public final class OnboardOrganizationStaffWorkflowImpl
    implements OnboardOrganizationStaffWorkflow {

  static final int DEFAULT_BATCH_SIZE = 50;
  static final int DEFAULT_PARALLELISM = 4;
  static final int DEFAULT_BATCHES_PER_RUN = 200;

  /**
   * A batch applies up to a few hundred members, each a handful of milliseconds, heartbeating after
   * each: 10 minutes start-to-close is ample and a 1-minute heartbeat timeout moves a batch off a
   * dead worker quickly. Retries never give up: a batch skips the members it already did, so
   * running it again is always safe, and a database outage must not lose a request.
   */
  private final OnboardingActivities activities =
      PatientActivities.stub(OnboardingActivities.class, Duration.ofMinutes(1));

  private OnboardingProgress progress = new OnboardingProgress(0, 0, 0, 0, 0);

  @Override
  public OnboardingReport onboard(OnboardingInput input) {
    var ref = new OnboardingRef(input.organizationId(), input.requestId());
    int batchSize = input.batchSize() > 0 ? input.batchSize() : DEFAULT_BATCH_SIZE;
    int parallelism = input.parallelism() > 0 ? input.parallelism() : DEFAULT_PARALLELISM;
    int batchesPerRun = input.batchesPerRun() > 0 ? input.batchesPerRun() : DEFAULT_BATCHES_PER_RUN;
    if (input.carried() != null) {
      progress = input.carried();
    } else {
      var status = activities.onboardingStatus(ref);
      progress = new OnboardingProgress(status.total(), 0, 0, 0, 0);
    }
    int batches = (progress.total() + batchSize - 1) / batchSize;
    Workflow.setCurrentDetails(progress.details(batches));
    int next = input.nextIndex();
    int batchesThisRun = 0;
    int batchNumber = progress.currentBatch();
    while (next < progress.total()) {
      if (batchesThisRun >= batchesPerRun || Workflow.getInfo().isContinueAsNewSuggested()) {
        Workflow.newContinueAsNewStub(OnboardOrganizationStaffWorkflow.class)
            .onboard(input.next(next, progress));
      }
      var wave = new ArrayList<Promise<BatchOutcome>>();
      for (int p = 0; p < parallelism && next < progress.total(); p++) {
        int to = Math.min(next + batchSize, progress.total());
        wave.add(
            Async.function(
                activities::applyOnboardingBatch,
                new OnboardingBatch(input.organizationId(), input.requestId(), next, to)));
        next = to;
      }
      for (var outcome : wave) {
        var done = outcome.get();
        batchNumber++;
        batchesThisRun++;
        progress = progress.plus(done.succeeded(), done.failed(), batchNumber);
        Workflow.setCurrentDetails(progress.details(batches));
      }
    }
    return activities.onboardingReport(ref);
  }

  @Override
  public OnboardingProgress progress() {
    return progress;
  }
}
