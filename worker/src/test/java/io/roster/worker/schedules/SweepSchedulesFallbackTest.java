package io.roster.worker.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.worker.testing.LogCapture;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * On the embedded server (no Schedules) the sweeps fall back to cron workflows, and a second
 * start-up against the same server, as after a restart, starts none of them again.
 */
class SweepSchedulesFallbackTest {

  static final List<String> IDS =
      SweepSchedules.SWEEPS.stream().map(RecurringSweep::id).collect(Collectors.toList());

  @Test
  void theEmbeddedServerGetsCronWorkflowsOnceAcrossRestarts() {
    try (var env =
            TestWorkflowEnvironment.newInstance(
                TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());
        var log = new LogCapture(SweepSchedules.class)) {
      var client = env.getWorkflowClient();
      var schedules =
          ScheduleClient.newInstance(
              env.getWorkflowServiceStubs(),
              ScheduleClientOptions.newBuilder().setNamespace(env.getNamespace()).build());

      var first = new SweepSchedules(client, schedules, "roster").ensure();
      var runs = IDS.stream().map(id -> runId(env, id)).toList();
      var second = new SweepSchedules(client, schedules, "roster").ensure();

      assertThat(first.mode()).isEqualTo(SweepSchedules.Mode.CRON_WORKFLOWS);
      assertThat(first.created()).containsExactlyElementsOf(IDS);
      assertThat(second.mode()).isEqualTo(SweepSchedules.Mode.CRON_WORKFLOWS);
      assertThat(second.created()).isEmpty();
      assertThat(second.kept()).containsExactlyElementsOf(IDS);
      assertThat(IDS.stream().map(id -> runId(env, id)).toList()).isEqualTo(runs);
      assertThat(log.lines())
          .filteredOn(line -> line.contains("already running"))
          .hasSize(IDS.size())
          .allSatisfy(line -> assertThat(line).startsWith("Cron workflow roster-"));
    }
  }

  private static String runId(TestWorkflowEnvironment env, String workflowId) {
    return env.getWorkflowClient()
        .newUntypedWorkflowStub(workflowId)
        .describe()
        .getExecution()
        .getRunId();
  }
}
