package io.roster.bench.sweeps;

import static io.roster.bench.Numbers.count;
import static io.roster.bench.Numbers.seconds;

import io.roster.activities.RosterActivities;
import io.roster.activities.sweeps.SweepKind;
import io.roster.bench.BenchContext;
import io.roster.bench.Figure;
import io.roster.bench.Note;
import io.roster.bench.Progress;
import io.roster.bench.Scale;
import io.roster.bench.Scenario;
import io.roster.bench.ScenarioResult;
import io.roster.bench.infra.BenchTemporal;
import io.roster.bench.platform.PlatformData;
import io.roster.workflows.sweeps.PendingRoleActivationWorkflow;
import io.roster.workflows.sweeps.RoleExpiryWorkflow;
import io.roster.workflows.sweeps.SweepRequest;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Sweeps: RoleExpiryWorkflow and PendingRoleActivationWorkflow end to end on the platform data set
 * (the real activities, the workflows' default batches), against one hand-written statement per
 * kind run on a copy of the same data. Both must append the same events. The plans of the sweep
 * functions' due-row statements show whether an index finds them.
 */
public final class SweepScenario implements Scenario {

  static final String NAME = "sweeps";

  /** The workflows' default batch size (SweepLoop.DEFAULT_BATCH_SIZE). */
  private static final int BATCH_SIZE = 500;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScenarioResult run(BenchContext context, Scale scale) throws Exception {
    var platform = context.platform(scale);
    var result = new ScenarioResult();
    try (var copy = context.postgres().copy(platform.db(), "sweep_floor")) {
      Progress.say("explaining the sweep functions' due-row statements");
      var plans = SweepPlans.explain(copy, BATCH_SIZE);
      Progress.say("running one statement per kind (the floor)");
      var floorNotices = SweepFloor.run(copy.jdbi(), "notices");
      var floorExpiry = SweepFloor.run(copy.jdbi(), "expiry");
      var floorActivation = SweepFloor.run(copy.jdbi(), "activation");
      var floorDigest = digests(copy.jdbi());

      Progress.say("running the sweep workflows");
      var jdbi = platform.db().jdbi();
      var all = RosterActivities.create(jdbi, Optional.empty());
      var timed = new TimedSweepActivities(all.sweeps());
      var activities = new ArrayList<Object>(all.all());
      activities.remove(all.sweeps());
      activities.add(timed);
      long expiryNanos;
      long activationNanos;
      try (var temporal = new BenchTemporal(activities)) {
        var request = new SweepRequest(PlatformData.AS_OF.toInstant(), 0, null);
        long started = System.nanoTime();
        temporal.newWorkflow(RoleExpiryWorkflow.class, "role-expiry/bench").sweep(request);
        expiryNanos = System.nanoTime() - started;
        started = System.nanoTime();
        temporal
            .newWorkflow(PendingRoleActivationWorkflow.class, "pending-activation/bench")
            .activate(request);
        activationNanos = System.nanoTime() - started;
      }
      if (!floorDigest.equals(digests(jdbi))) {
        throw new IllegalStateException(
            "the workflows and the floor appended different events: "
                + digests(jdbi)
                + " vs "
                + floorDigest);
      }
      var notices = new Kind("expiry notices", SweepKind.EXPIRY_NOTICE, floorNotices);
      var expiry = new Kind("role expiry", SweepKind.ROLE_EXPIRY, floorExpiry);
      var activation = new Kind("role activation", SweepKind.ROLE_ACTIVATION, floorActivation);
      long expiryFloor = floorNotices.nanos() + floorExpiry.nanos();
      result.add(
          workflowFigure(
              "RoleExpiryWorkflow: %s notices + %s expiries"
                  .formatted(
                      count(timed.appended(SweepKind.EXPIRY_NOTICE)),
                      count(timed.appended(SweepKind.ROLE_EXPIRY))),
              expiryNanos,
              "notice + expiry statements: " + seconds(expiryFloor),
              expiryFloor));
      result.add(
          workflowFigure(
              "PendingRoleActivationWorkflow: %s activations"
                  .formatted(count(timed.appended(SweepKind.ROLE_ACTIVATION))),
              activationNanos,
              "activation statement: " + seconds(floorActivation.nanos()),
              floorActivation.nanos()));
      for (var kind : new Kind[] {notices, expiry, activation}) {
        result.add(kind.figure(timed));
      }
      boolean indexed = plans.size() == 3 && plans.stream().allMatch(SweepPlans.Plan::usesIndex);
      result.add(
          Figure.of(
                  NAME,
                  "due rows found by "
                      + (indexed ? "index (no Seq Scan on user_roles_projection)" : "a scan")
                      + " in all 3 sweep functions (plans below)",
                  indexed ? 1 : 0)
              .target("index, not a sequential scan", indexed));
      for (var plan : plans) {
        result.note(
            Note.text(
                NAME,
                plan.function() + "(as_of, " + BATCH_SIZE + "): plan of its due-row statement",
                plan.text()));
      }
    }
    return result;
  }

  private static Figure workflowFigure(
      String what, long nanos, String baseline, long baselineNanos) {
    double ratio = nanos / (double) baselineNanos;
    return Figure.of(NAME, what + " end to end in **" + seconds(nanos) + "**", nanos / 1e9)
        .against(baseline, ratio)
        .target("≤ 1.5x and < 5 s", ratio <= 1.5 && nanos < 5e9);
  }

  private static String digests(org.jdbi.v3.core.Jdbi jdbi) {
    return SweepFloor.digest(
        jdbi, "user.role.expiry_notice", "user.role.expired", "user.role.activated");
  }

  /** One kind of sweep: its activities' time in the workflow against its floor statement. */
  private record Kind(String name, SweepKind kind, SweepFloor.Timed floor) {

    Figure figure(TimedSweepActivities timed) {
      long nanos = timed.nanos(kind);
      double ratio = nanos / (double) floor.nanos();
      return Figure.of(
              NAME,
              "%s: %s events in %s of sweep activities (batches of %d)"
                  .formatted(name, count(timed.appended(kind)), seconds(nanos), BATCH_SIZE),
              nanos / 1e9)
          .against(
              "one statement: %s events in %s"
                  .formatted(count(floor.events()), seconds(floor.nanos())),
              ratio)
          .target("≤ 1.5x", ratio <= 1.5);
    }
  }
}
