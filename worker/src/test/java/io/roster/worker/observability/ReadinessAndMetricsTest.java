package io.roster.worker.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.activities.RosterActivities;
import io.roster.activities.command.CommandMeta;
import io.roster.activities.onboarding.OnboardingReport;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.organizations.CreateOrganization;
import io.roster.worker.testing.RunningRoster;
import io.roster.workflows.onboarding.OnboardingSearchAttributes;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The running service's health groups (readiness: db, temporal, startup; liveness: the process
 * only) and its Prometheus metrics: Temporal's own and Roster's counters once an onboarding ran,
 * whose workflow carries the search attributes registered at start-up.
 */
class ReadinessAndMetricsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static RunningRoster roster;

  @BeforeAll
  static void start() {
    roster = RunningRoster.shared();
  }

  @Test
  void readinessIsUpWithTheDatabaseTemporalAndStartUpComponents() throws Exception {
    var readiness = roster.get("/actuator/health/readiness");

    assertThat(readiness.statusCode()).isEqualTo(200);
    var components = JSON.readTree(readiness.body()).path("components");
    assertThat(components.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "temporal", "startup");
    assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("temporal").path("details").path("worker").asText())
        .isEqualTo("polling");
    assertThat(components.path("startup").path("details").path("schedules").asText())
        .startsWith("cron workflows started");
  }

  @Test
  void livenessLooksAtTheProcessOnly() throws Exception {
    var liveness = roster.get("/actuator/health/liveness");

    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(liveness.body()).path("components").fieldNames())
        .toIterable()
        .containsExactly("livenessState");
  }

  @Test
  void prometheusShowsTemporalsMetricsAndRostersCountersAfterAnOnboarding() {
    var org =
        roster
            .bean(RosterActivities.class)
            .organizations()
            .createOrganization(
                new CreateOrganization(
                    CommandMeta.system("metrics-org-" + UUID.randomUUID(), "api"),
                    "Metrics Care",
                    "metrics-" + UUID.randomUUID(),
                    "UTC",
                    null,
                    false));
    var members =
        List.of(
            member("metrics-ok@metrics.test", "clinician"),
            member("metrics-refused@metrics.test", "wizard"));
    var submission =
        roster
            .bean(OnboardingSubmitter.class)
            .submit(new StoreOnboarding(org.organizationId(), "metrics", null, members));
    var workflow =
        roster.bean(WorkflowClient.class).newUntypedWorkflowStub(submission.workflowId());
    var report = workflow.getResult(OnboardingReport.class);
    assertThat(report.succeeded()).isEqualTo(1);
    assertThat(report.failed()).isEqualTo(1);
    // registered at start-up, so the embedded server's UI and list queries find the run by them
    assertThat(
            workflow
                .describe()
                .getTypedSearchAttributes()
                .get(OnboardingSearchAttributes.ORGANIZATION_ID))
        .isEqualTo(org.organizationId().toString());

    // the SDK reports to Micrometer every 10 seconds
    await("metrics")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              var metrics = roster.get("/actuator/prometheus").body();
              assertThat(
                      positive(
                          metrics, "roster_events_appended_total{event_type=\"user.created\"}"))
                  .isTrue();
              assertThat(
                      positive(
                          metrics,
                          "roster_events_appended_total{event_type=\"user.role.assigned\"}"))
                  .isTrue();
              assertThat(
                      positive(metrics, "roster_onboarding_members_total{outcome=\"succeeded\"}"))
                  .isTrue();
              assertThat(positive(metrics, "roster_onboarding_members_total{outcome=\"failed\"}"))
                  .isTrue();
              assertThat(metrics).contains("roster_sweep_events_total{kind=\"role_expiry\"}");
              assertThat(metrics)
                  .containsPattern(
                      "temporal_request_total\\{.*operation=\"StartWorkflowExecution\"")
                  .containsPattern(
                      "temporal_activity_execution_latency_seconds_count\\{.*activity_type=\"ApplyOnboardingBatch\"")
                  .containsPattern(
                      "temporal_workflow_completed_total\\{.*workflow_type=\"OnboardOrganizationStaffWorkflow\"");
            });
  }

  private static StaffMember member(String email, String role) {
    return new StaffMember(
        null,
        email,
        "Metric",
        "Member",
        null,
        null,
        List.of(new StaffRole(role, null, null, null)),
        List.of(),
        null,
        List.of());
  }

  /** Whether the series exists in the scrape with a value above zero. */
  private static boolean positive(String metrics, String series) {
    var line =
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
            .matcher(metrics);
    return line.find() && Double.parseDouble(line.group(1)) > 0;
  }
}
