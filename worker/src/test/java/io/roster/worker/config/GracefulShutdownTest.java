package io.roster.worker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.roster.activities.RosterActivities;
import io.roster.activities.command.CommandMeta;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StoreOnboarding;
import io.roster.activities.organizations.CreateOrganization;
import io.roster.db.testing.TestDatabase;
import io.roster.worker.testing.RunningRoster;
import io.roster.workflows.onboarding.OnboardingSubmitter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Stopping the service (what SIGTERM does) while an onboarding batch runs: the worker takes no new
 * task, and the running batch finishes every member within ROSTER_SHUTDOWN_GRACE before the service
 * lets go of the database (by default a heartbeat after shutdown began would abort the batch).
 */
class GracefulShutdownTest {

  static final int MEMBERS = 60;

  @Test
  void stoppingTheServiceLetsTheRunningBatchFinishEveryMember() {
    try (var db = TestDatabase.fresh()) {
      var roster =
          RunningRoster.start(
              "--ROSTER_DB_URL=" + db.jdbcUrl(),
              "--roster.onboarding.batch-size=" + MEMBERS,
              "--roster.onboarding.parallelism=1",
              // generous, so that a busy machine still finishes the batch within it
              "--ROSTER_SHUTDOWN_GRACE=120s",
              "--roster.schedules.enabled=false");
      roster.awaitReady(Duration.ofMinutes(3));
      var org =
          roster
              .bean(RosterActivities.class)
              .organizations()
              .createOrganization(
                  new CreateOrganization(
                      CommandMeta.system("drain-org", "api"), "Drain", "drain", "UTC", null, false))
              .organizationId();
      var staff =
          IntStream.range(0, MEMBERS)
              .mapToObj(
                  i ->
                      new StaffMember(
                          null,
                          "drain-" + i + "@shutdown.test",
                          "D",
                          "M",
                          null,
                          null,
                          List.of(new StaffRole("clinician", null, null, null)),
                          List.of(),
                          null,
                          List.of()))
              .toList();
      roster
          .bean(OnboardingSubmitter.class)
          .submit(new StoreOnboarding(org, "drain-" + UUID.randomUUID(), null, staff));
      await("the batch under way")
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> count(db, "succeeded") > 0);

      roster.close();

      assertThat(count(db, "pending")).isZero();
      assertThat(count(db, "succeeded")).isEqualTo(MEMBERS);
    }
  }

  private static long count(TestDatabase db, String status) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM onboarding_requests WHERE status = :status")
                    .bind("status", status)
                    .mapTo(Long.class)
                    .one());
  }
}
