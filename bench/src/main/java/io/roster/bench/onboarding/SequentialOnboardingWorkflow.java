package io.roster.bench.onboarding;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Baseline (b) of the onboarding scenario: the specification's example (004, "Bulk Role
 * Assignment"), a workflow that runs one command activity at a time, member after member, here
 * without its 100 ms pause. Returns the number of members onboarded.
 */
@WorkflowInterface
public interface SequentialOnboardingWorkflow {

  @WorkflowMethod
  int onboard(SequentialOnboardingInput input);
}
