package io.roster.activities.command;

import io.temporal.activity.Activity;
import java.util.Optional;

/** The Temporal activity a command runs in, when it runs in one (else it is an API call). */
record ActivityInfo(String workflowId, String runId, String activityId) {

  static Optional<ActivityInfo> current() {
    try {
      var info = Activity.getExecutionContext().getInfo();
      return Optional.of(
          new ActivityInfo(info.getWorkflowId(), info.getRunId(), info.getActivityId()));
    } catch (IllegalStateException notInAnActivity) {
      return Optional.empty();
    }
  }
}
