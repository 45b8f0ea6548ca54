package io.roster.activities.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.activities.RosterObserver;
import io.roster.activities.clients.ClientAssignmentActivities;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.Failures;
import io.roster.activities.orgunits.OrgUnitAssignmentActivities;
import io.roster.activities.roles.RoleActivities;
import io.roster.activities.schedules.ScheduleTemplateActivities;
import io.roster.activities.users.UserActivities;
import io.roster.db.events.EventJson;
import io.roster.db.onboarding.OnboardingQueries;
import io.roster.db.onboarding.PendingMemberRow;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Applies stored onboarding requests; see {@link OnboardingActivities}. */
public final class OnboardingActivitiesImpl implements OnboardingActivities {

  private final Jdbi jdbi;
  private final MemberOnboarder onboarder;
  private final RosterObserver observer;

  public OnboardingActivitiesImpl(
      CommandExecutor executor,
      UserActivities users,
      RoleActivities roles,
      OrgUnitAssignmentActivities units,
      ScheduleTemplateActivities schedules,
      ClientAssignmentActivities clients) {
    this(executor, users, roles, units, schedules, clients, RosterObserver.NONE);
  }

  /** Reports each member's committed outcome to {@code observer}. */
  public OnboardingActivitiesImpl(
      CommandExecutor executor,
      UserActivities users,
      RoleActivities roles,
      OrgUnitAssignmentActivities units,
      ScheduleTemplateActivities schedules,
      ClientAssignmentActivities clients,
      RosterObserver observer) {
    this.jdbi = executor.jdbi();
    this.onboarder = new MemberOnboarder(executor, users, roles, units, schedules, clients);
    this.observer = observer;
  }

  @Override
  public OnboardingStatus onboardingStatus(OnboardingRef ref) {
    var counts =
        jdbi.onDemand(OnboardingQueries.class).counts(ref.organizationId(), ref.requestId());
    return new OnboardingStatus(
        ref.organizationId(),
        ref.requestId(),
        counts.total(),
        counts.pending(),
        counts.succeeded(),
        counts.failed());
  }

  @Override
  public BatchOutcome applyOnboardingBatch(OnboardingBatch batch) {
    var queries = jdbi.onDemand(OnboardingQueries.class);
    for (var row :
        queries.pendingMembers(
            batch.organizationId(), batch.requestId(), batch.fromIndex(), batch.toIndex())) {
      applyOne(batch.organizationId(), batch.requestId(), row);
      heartbeat(row.memberIndex());
    }
    var counts =
        queries.rangeCounts(
            batch.organizationId(), batch.requestId(), batch.fromIndex(), batch.toIndex());
    return new BatchOutcome(counts.succeeded(), counts.failed());
  }

  @Override
  public OnboardingReport onboardingReport(OnboardingRef ref) {
    var queries = jdbi.onDemand(OnboardingQueries.class);
    var counts = queries.counts(ref.organizationId(), ref.requestId());
    var failures =
        queries
            .failures(ref.organizationId(), ref.requestId(), OnboardingReport.MAX_FAILURES + 1)
            .stream()
            .map(
                f ->
                    new MemberFailure(
                        f.memberIndex(), f.email(), f.failureCode(), f.failureMessage()))
            .toList();
    boolean truncated = failures.size() > OnboardingReport.MAX_FAILURES;
    return new OnboardingReport(
        ref.organizationId(),
        ref.requestId(),
        counts.total(),
        counts.succeeded(),
        counts.failed(),
        truncated ? failures.subList(0, OnboardingReport.MAX_FAILURES) : failures,
        truncated);
  }

  /**
   * Onboards one member; a refusal (a command's ApplicationFailure, or input the database rejects
   * as malformed) marks it failed, anything else (faults, exhausted conflicts) fails the activity
   * so that Temporal retries the batch.
   */
  private void applyOne(UUID orgId, String requestId, PendingMemberRow row) {
    StaffMember member;
    try {
      member = EventJson.mapper().readValue(row.member(), StaffMember.class);
    } catch (JsonProcessingException e) {
      markFailed(
          orgId,
          requestId,
          row.memberIndex(),
          "invalid_member",
          "member is not valid JSON: " + e.getOriginalMessage());
      return;
    }
    try {
      onboarder.apply(orgId, requestId, row.memberIndex(), row.actorId(), member);
      observer.onboardingMember(RosterObserver.SUCCEEDED);
    } catch (ApplicationFailure refused) {
      markFailed(
          orgId,
          requestId,
          row.memberIndex(),
          Failures.code(refused),
          refused.getOriginalMessage());
    } catch (RuntimeException e) {
      var rejected = rejectedInput(e);
      if (rejected == null) {
        throw e;
      }
      markFailed(orgId, requestId, row.memberIndex(), "database_rejected", rejected);
    }
  }

  private void markFailed(UUID orgId, String requestId, int index, String code, String message) {
    jdbi.useTransaction(
        h -> h.attach(OnboardingQueries.class).markFailed(orgId, requestId, index, code, message));
    observer.onboardingMember(RosterObserver.FAILED);
  }

  /** The message of a data or integrity error (SQLSTATE class 22 or 23), else null. */
  private static String rejectedInput(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))
          && !String.valueOf(sql.getMessage()).contains("domain_events_stream_version_key")) {
        return sql.getMessage();
      }
    }
    return null;
  }

  private static void heartbeat(int memberIndex) {
    try {
      Activity.getExecutionContext().heartbeat(memberIndex);
    } catch (IllegalStateException notInAnActivity) {
      // called directly (tests, benchmarks): nobody to heartbeat to
    }
  }
}
