package io.roster.workflows.onboarding;

import io.roster.activities.onboarding.OnboardingReport;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * Onboards a whole staff: every member of a stored request, in bounded parallel batches, each
 * member all or nothing, one bad member never stopping the others. Workflow id {@code
 * onboard-staff/<organization id>/<request id>} (see {@link #workflowId}), so a resubmitted request
 * attaches to the same run. Returns a report with every refused member (index, email, code,
 * message).
 */
@WorkflowInterface
public interface OnboardOrganizationStaffWorkflow {

  @WorkflowMethod
  OnboardingReport onboard(OnboardingInput input);

  @QueryMethod
  OnboardingProgress progress();

  static String workflowId(UUID organizationId, String requestId) {
    return "onboard-staff/" + organizationId + "/" + requestId;
  }
}
