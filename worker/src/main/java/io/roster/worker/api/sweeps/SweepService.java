package io.roster.worker.api.sweeps;

import io.roster.activities.RosterActivities;
import io.roster.activities.command.Decision;
import io.roster.activities.organizations.OrganizationActivitiesImpl;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.worker.api.ApiAccess;
import io.roster.worker.api.ApiProblem;
import io.roster.worker.api.WorkflowRuns;
import io.roster.worker.security.Caller;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflow;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;
import io.roster.workflows.sweeps.SweepRequest;
import io.roster.workflows.sweeps.SweepTally;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Starts ad hoc sweeps and reads them back. A start runs as a command (its Idempotency-Key answers
 * a repeat with the first workflow id) and needs {@code organization.manage} at the root ({@code
 * roster}), which only a super_admin holds. Sweeps themselves are idempotent, so a start is always
 * safe.
 */
@Service
class SweepService {

  private final RosterActivities activities;
  private final WorkflowClient client;
  private final ApiAccess access;
  private final String taskQueue;

  SweepService(
      RosterActivities activities,
      WorkflowClient client,
      ApiAccess access,
      @Value("${roster.task-queue}") String taskQueue) {
    this.activities = activities;
    this.client = client;
    this.access = access;
    this.taskQueue = taskQueue;
  }

  SweepStarted start(SweepKind kind, Instant asOf, Caller caller) {
    return activities
        .executor()
        .execute(
            kind.command(),
            caller.meta(),
            SweepStarted.class,
            ctx -> {
              ctx.authorize(BaseCatalogue.ORGANIZATION_MANAGE, OrganizationActivitiesImpl.ROOT);
              var instant = asOf != null ? asOf : Instant.now().truncatedTo(ChronoUnit.SECONDS);
              var id =
                  kind.prefix()
                      + "/"
                      + instant
                      + "-"
                      + UUID.randomUUID().toString().substring(0, 8);
              startWorkflow(kind, id, asOf == null ? SweepRequest.now() : SweepRequest.asOf(asOf));
              return Decision.of(new SweepStarted(id, "/api/v1/sweeps/" + id));
            });
  }

  SweepStatusView status(String workflowId, Caller caller) {
    access.requireSweeper(caller.actorId());
    var run =
        WorkflowRuns.describe(client, workflowId)
            .filter(
                description ->
                    Arrays.stream(SweepKind.values())
                        .anyMatch(
                            kind -> kind.workflowType().equals(description.getWorkflowType())))
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "sweep_not_found", "workflow_id", "no sweep " + workflowId));
    var status = WorkflowRuns.status(run.getStatus());
    SweepTally result = null;
    if (WorkflowRuns.COMPLETED.equals(status)) {
      result =
          client
              .newUntypedWorkflowStub(workflowId, Optional.empty(), Optional.empty())
              .getResult(SweepTally.class);
    }
    return new SweepStatusView(workflowId, run.getWorkflowType(), status, result);
  }

  private void startWorkflow(SweepKind kind, String id, SweepRequest request) {
    var options = WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(id).build();
    switch (kind) {
      case ROLE_EXPIRY ->
          WorkflowClient.start(
              client.newWorkflowStub(RoleExpiryWorkflow.class, options)::sweep, request);
      case PENDING_ACTIVATION ->
          WorkflowClient.start(
              client.newWorkflowStub(PendingRoleActivationWorkflow.class, options)::activate,
              request);
    }
  }
}
