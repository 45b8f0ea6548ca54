package io.roster.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.RosterActivities;
import io.roster.worker.api.ApiTokens;
import io.roster.worker.dev.DevBootstrap;
import io.roster.worker.dev.DevWorld;
import io.roster.worker.testing.RunningRoster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against the running service and its real HTTP API: {@code onboard} follows an
 * onboarding to its end with a progress bar and exits 0 listing the refused member, and prints the
 * API's problem when the service refuses the file; {@code sweep} and {@code claims} go through too.
 */
class OnboardAgainstTheServiceTest {

  static RunningRoster roster;
  static DevWorld world;
  static String token;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    roster = RunningRoster.shared();
    world = new DevBootstrap(roster.bean(RosterActivities.class)).ensure();
    token = ApiTokens.valid(world.adminId());
  }

  private CommandRun cli(String... args) {
    var all = new String[args.length + 3];
    all[0] = args[0];
    all[1] = "--url=" + roster.url;
    all[2] = "--token=" + token;
    all[3] = "--poll-interval=200ms";
    System.arraycopy(args, 1, all, 4, args.length - 1);
    return CommandRun.of(all);
  }

  @Test
  void onboardFollowsACsvOnboardingToItsEndAndExitsZeroListingTheRefusedMember() throws Exception {
    var csv = dir.resolve("cli-staff.csv");
    var rows = new StringBuilder("email,first_name,last_name,roles\n");
    for (int i = 0; i < 6; i++) {
      rows.append(
          "cli-%d@onboard.test,Cli,Member%d,%s\n".formatted(i, i, i == 4 ? "wizard" : "clinician"));
    }
    Files.writeString(csv, rows);

    var run = cli("onboard", "--org=" + world.organizationId(), csv.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("Onboarding").contains("5 onboarded, 1 refused");
    assertThat(run.out())
        .contains("Submitted request cli-staff-")
        .contains("COMPLETED: 5 of 6 onboarded, 1 refused")
        .contains("#4 cli-4@onboard.test: role_not_found");

    var again = cli("onboard", "--org=" + world.organizationId(), csv.toString());

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("COMPLETED: 5 of 6 onboarded, 1 refused");
  }

  @Test
  void onboardPrintsTheProblemOfAFileTheServiceRefusesAndExitsNonZero() throws Exception {
    var csv = dir.resolve("bad.csv");
    Files.writeString(
        csv, "email,first_name,last_name,favourite_colour\nx@onboard.test,X,Y,blue\n");

    var run = cli("onboard", "--org=" + world.organizationId(), csv.toString());

    assertThat(run.exitCode()).isEqualTo(ClientCommand.REFUSED);
    assertThat(run.err()).contains("HTTP 400").contains("code: invalid_csv").contains("field: ");
    assertThat(run.out()).doesNotContain("COMPLETED");
  }

  @Test
  void onboardWithoutATokenIsToldToPassOne() throws Exception {
    var csv = dir.resolve("anonymous.csv");
    Files.writeString(csv, "email,first_name,last_name\nanon@onboard.test,A,N\n");

    var run =
        CommandRun.of(
            "onboard",
            "--url=" + roster.url,
            "--token=",
            "--org=" + world.organizationId(),
            csv.toString());

    assertThat(run.exitCode()).isEqualTo(ClientCommand.REFUSED);
    assertThat(run.err()).contains("HTTP 401").contains("--token");
  }

  @Test
  void sweepRunsAnExpirySweepOnTheServiceAndPrintsItsTally() {
    var run = cli("sweep", "expiry", "--as-of=2025-07-01T00:00:00Z");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Started role-expiry/2025-07-01T00:00:00Z-")
        .contains("COMPLETED");
    assertThat(run.out()).contains("roles_expired");
  }

  @Test
  void claimsPrintsTheAdminsClaims() {
    var run = cli("claims", world.adminId().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains(world.adminId().toString()).contains("super_admin");
  }
}
