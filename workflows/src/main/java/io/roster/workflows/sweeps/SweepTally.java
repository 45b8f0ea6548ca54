package io.roster.workflows.sweeps;

import io.roster.activities.sweeps.SweepKind;

/** Events a sweep appended, by kind. */
public record SweepTally(
    long rolesExpired,
    long rolesActivated,
    long noticesSent,
    long clientAssignmentsEnded,
    long scheduleAssignmentsEnded) {

  public static final SweepTally ZERO = new SweepTally(0, 0, 0, 0, 0);

  public SweepTally plus(SweepKind kind, long count) {
    return switch (kind) {
      case ROLE_EXPIRY ->
          new SweepTally(
              rolesExpired + count,
              rolesActivated,
              noticesSent,
              clientAssignmentsEnded,
              scheduleAssignmentsEnded);
      case ROLE_ACTIVATION ->
          new SweepTally(
              rolesExpired,
              rolesActivated + count,
              noticesSent,
              clientAssignmentsEnded,
              scheduleAssignmentsEnded);
      case EXPIRY_NOTICE ->
          new SweepTally(
              rolesExpired,
              rolesActivated,
              noticesSent + count,
              clientAssignmentsEnded,
              scheduleAssignmentsEnded);
      case CLIENT_EXPIRY ->
          new SweepTally(
              rolesExpired,
              rolesActivated,
              noticesSent,
              clientAssignmentsEnded + count,
              scheduleAssignmentsEnded);
      case SCHEDULE_EXPIRY ->
          new SweepTally(
              rolesExpired,
              rolesActivated,
              noticesSent,
              clientAssignmentsEnded,
              scheduleAssignmentsEnded + count);
    };
  }

  public long total() {
    return rolesExpired
        + rolesActivated
        + noticesSent
        + clientAssignmentsEnded
        + scheduleAssignmentsEnded;
  }
}
