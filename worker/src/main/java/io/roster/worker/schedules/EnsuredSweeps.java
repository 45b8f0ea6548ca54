package io.roster.worker.schedules;

import java.util.List;

/**
 * What {@link SweepSchedules#ensure} did.
 *
 * @param mode Temporal Schedules, or cron workflows where the server has no Schedules
 * @param created schedules created, or cron workflows started, by this call
 * @param kept schedules updated, or cron workflows found running and left alone
 */
public record EnsuredSweeps(SweepSchedules.Mode mode, List<String> created, List<String> kept) {

  @Override
  public String toString() {
    return mode == SweepSchedules.Mode.SCHEDULES
        ? "schedules created %s, updated %s".formatted(created, kept)
        : "cron workflows started %s, already running %s".formatted(created, kept);
  }
}
