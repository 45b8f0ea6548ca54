package io.roster.workflows.onboarding;

import java.util.UUID;

/**
 * Input of {@link OnboardOrganizationStaffWorkflow}: a request already stored in
 * onboarding_requests, named by organization and request id. The staff list is never in the
 * workflow's history.
 *
 * @param batchSize members per activity call (0: default)
 * @param parallelism batch activities running at once (0: default)
 * @param batchesPerRun batches before the workflow continues as new (0: default)
 * @param nextIndex first member this run handles (0 when starting)
 * @param carried progress of earlier runs (null when starting)
 */
public record OnboardingInput(
    UUID organizationId,
    String requestId,
    int batchSize,
    int parallelism,
    int batchesPerRun,
    int nextIndex,
    OnboardingProgress carried) {

  public static OnboardingInput of(UUID organizationId, String requestId) {
    return new OnboardingInput(organizationId, requestId, 0, 0, 0, 0, null);
  }

  public OnboardingInput next(int index, OnboardingProgress progress) {
    return new OnboardingInput(
        organizationId, requestId, batchSize, parallelism, batchesPerRun, index, progress);
  }
}
