package io.roster.bench.onboarding;

import static io.roster.bench.Numbers.count;
import static io.roster.bench.Numbers.decimal;
import static io.roster.bench.Numbers.seconds;

import io.roster.bench.BenchContext;
import io.roster.bench.Figure;
import io.roster.bench.Progress;
import io.roster.bench.Scale;
import io.roster.bench.Scenario;
import io.roster.bench.ScenarioResult;

/**
 * Onboarding: a request of {@code scale.staff()} new members (2 roles, one windowed; 2 units, one
 * primary; a schedule template; 2 clients: 8 events each) through OnboardOrganizationStaffWorkflow,
 * against (a) the same events in one INSERT with no validation and (b) one command activity at a
 * time for {@code scale.sequentialMembers()} members, without the example's 100 ms pause. Each runs
 * in a fresh database with the same organization.
 */
public final class OnboardingScenario implements Scenario {

  static final String NAME = "onboarding";

  /** The specification example's pause after each member. */
  private static final double PAUSE_SECONDS = 0.1;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScenarioResult run(BenchContext context, Scale scale) {
    var server = context.postgres();
    OnboardingRuns.Timed workflow;
    OnboardingRuns.Timed floor;
    OnboardingRuns.Timed sequential;
    try (var db = server.fresh("onboarding_workflow")) {
      Progress.say("onboarding %s staff through the workflow", count(scale.staff()));
      workflow = OnboardingRuns.workflow(OnboardingWorld.create(db), scale.staff());
    }
    try (var db = server.fresh("onboarding_floor")) {
      Progress.say("appending the same events in one INSERT (baseline a)");
      floor = OnboardingRuns.floor(OnboardingWorld.create(db), scale.staff());
    }
    try (var db = server.fresh("onboarding_sequential")) {
      Progress.say(
          "onboarding %d staff one command at a time (baseline b)", scale.sequentialMembers());
      sequential = OnboardingRuns.sequential(OnboardingWorld.create(db), scale.sequentialMembers());
    }
    return figures(scale, workflow, floor, sequential);
  }

  private static ScenarioResult figures(
      Scale scale,
      OnboardingRuns.Timed workflow,
      OnboardingRuns.Timed floor,
      OnboardingRuns.Timed sequential) {
    double wall = workflow.nanos() / 1e9;
    double staffPerSecond = scale.staff() / wall;
    double floorRatio = (double) workflow.nanos() / floor.nanos();
    double perMember = sequential.nanos() / 1e9 / scale.sequentialMembers();
    double sequentialWithPause = scale.staff() * (perMember + PAUSE_SECONDS);
    double speedUp = sequentialWithPause / wall;
    return new ScenarioResult()
        .add(
            Figure.of(
                    NAME,
                    "workflow: %s staff, %s events in %s: **%s staff/s**, %s events/s"
                        .formatted(
                            count(scale.staff()),
                            count(workflow.events()),
                            seconds(workflow.nanos()),
                            decimal(staffPerSecond),
                            decimal(workflow.events() / wall)),
                    staffPerSecond)
                .against(
                    "(a) one INSERT, no validation: %s (%s events/s)"
                        .formatted(
                            seconds(floor.nanos()),
                            decimal(floor.events() / (floor.nanos() / 1e9))),
                    floorRatio)
                .target("≥ 500 staff/s and ≤ 2x (a)", staffPerSecond >= 500 && floorRatio <= 2))
        .add(
            Figure.of(
                    NAME,
                    "(b) one command at a time: %s ms per member (%d members, no pause); %s staff with the 100 ms pause: %s"
                        .formatted(
                            decimal(perMember * 1000),
                            scale.sequentialMembers(),
                            count(scale.staff()),
                            seconds((long) (sequentialWithPause * 1e9))),
                    perMember * 1000)
                .against("the workflow: " + seconds(workflow.nanos()), speedUp)
                .target("workflow ≥ 100x faster than (b) with its pause", speedUp >= 100));
  }
}
