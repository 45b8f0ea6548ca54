package io.roster.workflows;

import io.roster.workflows.notifications.NotificationDeliveryWorkflowImpl;
import io.roster.workflows.onboarding.OnboardOrganizationStaffWorkflowImpl;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflowImpl;
import io.roster.workflows.sweeps.RoleExpiryWorkflowImpl;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Replays histories recorded from earlier versions of each workflow (src/test/resources/ histories,
 * written by {@link HistoryRecorder}) against the current code: a change that would break running
 * workflows fails here. Regenerate them only for a deliberate, versioned change.
 */
class WorkflowReplayTest {

  @Test
  void onboardingReplaysItsRecordedHistory() throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        history("onboarding"), OnboardOrganizationStaffWorkflowImpl.class);
  }

  @Test
  void roleExpiryReplaysItsRecordedHistory() throws Exception {
    WorkflowReplayer.replayWorkflowExecution(history("role-expiry"), RoleExpiryWorkflowImpl.class);
  }

  @Test
  void pendingActivationReplaysItsRecordedHistory() throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        history("pending-activation"), PendingRoleActivationWorkflowImpl.class);
  }

  @Test
  void notificationDeliveryReplaysItsRecordedHistory() throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        history("notification-delivery"), NotificationDeliveryWorkflowImpl.class);
  }

  static String history(String name) throws IOException {
    try (InputStream in =
        WorkflowReplayTest.class.getResourceAsStream("/histories/" + name + ".json")) {
      if (in == null) {
        throw new IOException("no recorded history " + name + ": run HistoryRecorder");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
