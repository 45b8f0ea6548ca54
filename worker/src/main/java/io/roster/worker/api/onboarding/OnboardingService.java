package io.roster.worker.api.onboarding;

import io.roster.activities.RosterActivities;
import io.roster.activities.command.Decision;
import io.roster.activities.onboarding.OnboardingRef;
import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.worker.api.ApiAccess;
import io.roster.worker.api.ApiProblem;
import io.roster.worker.api.ProblemKind;
import io.roster.worker.api.StoredAnswers;
import io.roster.worker.api.WorkflowRuns;
import io.roster.worker.security.Caller;
import io.roster.workflows.onboarding.OnboardOrganizationStaffWorkflow;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Submits onboardings and reads their status.
 *
 * <p>A submission behaves like a command under its Idempotency-Key: a key already used answers its
 * first answer and submits nothing; otherwise the actor must hold {@code user.role_assign} at the
 * organization (else 403, before anything is stored), the request is stored and its workflow
 * started (both idempotent by request id), and the answer is remembered under the key as the
 * command {@code submitOnboarding} (command_results).
 */
@Service
class OnboardingService {

  static final String COMMAND = "submitOnboarding";

  private final RosterActivities activities;
  private final OnboardingSubmitter submitter;
  private final WorkflowClient client;
  private final ApiAccess access;
  private final StoredAnswers answers;

  OnboardingService(
      RosterActivities activities,
      OnboardingSubmitter submitter,
      WorkflowClient client,
      ApiAccess access,
      StoredAnswers answers) {
    this.activities = activities;
    this.answers = answers;
    this.submitter = submitter;
    this.client = client;
    this.access = access;
  }

  OnboardingAccepted submit(
      UUID organizationId, String requestId, List<StaffMember> staff, Caller caller) {
    var meta = caller.meta();
    var earlier = answers.find(meta.idempotencyKey(), COMMAND, OnboardingAccepted.class);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    access.requireAt(caller.actorId(), BaseCatalogue.ROLE_ASSIGN, organizationId, "org");
    for (int i = 0; staff != null && i < staff.size(); i++) {
      if (staff.get(i) == null) {
        throw ApiProblem.invalid("required", "staff[" + i + "]", "staff[" + i + "] is null");
      }
    }
    if (staff != null && staff.size() > OnboardingRequestStore.MAX_MEMBERS) {
      throw new ApiProblem(
          ProblemKind.PAYLOAD_TOO_LARGE,
          "too_many_members",
          "staff",
          "one request holds at most %d members, this one %d"
              .formatted(OnboardingRequestStore.MAX_MEMBERS, staff.size()));
    }
    if (staff != null) {
      MemberTexts.check(staff);
    }
    // Stored and started in transactions of their own, committed before the workflow reads them.
    var submission =
        submitter.submit(new StoreOnboarding(organizationId, requestId, caller.actorId(), staff));
    var accepted =
        new OnboardingAccepted(
            submission.workflowId(), requestId, statusUrl(organizationId, requestId));
    return activities
        .executor()
        .execute(COMMAND, meta, OnboardingAccepted.class, ctx -> Decision.of(accepted));
  }

  OnboardingStatusView status(UUID organizationId, String requestId, Caller caller) {
    access.requireAt(caller.actorId(), BaseCatalogue.ROLE_ASSIGN, organizationId, "org");
    var workflowId = OnboardOrganizationStaffWorkflow.workflowId(organizationId, requestId);
    // The run first: counts read after a completed run are final.
    var run = WorkflowRuns.describe(client, workflowId);
    var ref = new OnboardingRef(organizationId, requestId);
    var counts = activities.onboarding().onboardingStatus(ref);
    if (counts.total() == 0 && run.isEmpty()) {
      throw ApiProblem.notFound(
          "onboarding_not_found",
          "request",
          "no onboarding %s in organization %s".formatted(requestId, organizationId));
    }
    var report = activities.onboarding().onboardingReport(ref);
    var status =
        run.map(description -> WorkflowRuns.status(description.getStatus()))
            .orElse(counts.pending() == 0 ? WorkflowRuns.COMPLETED : WorkflowRuns.FAILED);
    return new OnboardingStatusView(
        workflowId,
        requestId,
        status,
        report.total(),
        counts.pending(),
        report.succeeded(),
        report.failed(),
        report.failures(),
        report.failuresTruncated());
  }

  static String statusUrl(UUID organizationId, String requestId) {
    return "/api/v1/organizations/" + organizationId + "/onboardings/" + requestId;
  }
}
