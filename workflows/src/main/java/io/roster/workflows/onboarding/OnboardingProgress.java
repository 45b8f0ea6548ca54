package io.roster.workflows.onboarding;

/**
 * Where an onboarding stands: members in the request, done so far (succeeded + failed), and the
 * batch being applied (1-based; the Temporal UI shows it through the progress query).
 */
public record OnboardingProgress(int total, int done, int succeeded, int failed, int currentBatch) {

  public OnboardingProgress plus(int succeededNow, int failedNow, int batch) {
    return new OnboardingProgress(
        total,
        done + succeededNow + failedNow,
        succeeded + succeededNow,
        failed + failedNow,
        batch);
  }

  /** The line the Temporal UI shows as the workflow's current details. */
  public String details(int batches) {
    return "Batch %d of %d: %d of %d members done, %d onboarded, %d refused"
        .formatted(currentBatch, batches, done, total, succeeded, failed);
  }
}
