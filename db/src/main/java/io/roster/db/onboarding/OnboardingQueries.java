package io.roster.db.onboarding;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and marks the members of stored onboarding requests (onboarding_requests). */
@RegisterConstructorMapper(OnboardingCounts.class)
@RegisterConstructorMapper(PendingMemberRow.class)
@RegisterConstructorMapper(MemberFailureRow.class)
public interface OnboardingQueries {

  @SqlQuery(
      """
      SELECT count(*) AS total,
             count(*) FILTER (WHERE status = 'pending') AS pending,
             count(*) FILTER (WHERE status = 'succeeded') AS succeeded,
             count(*) FILTER (WHERE status = 'failed') AS failed
      FROM onboarding_requests WHERE organization_id = :org AND request_id = :request
      """)
  OnboardingCounts counts(@Bind("org") UUID organizationId, @Bind("request") String requestId);

  @SqlQuery(
      """
      SELECT count(*) FILTER (WHERE status = 'pending') AS pending, count(*) AS total,
             count(*) FILTER (WHERE status = 'succeeded') AS succeeded,
             count(*) FILTER (WHERE status = 'failed') AS failed
      FROM onboarding_requests
      WHERE organization_id = :org AND request_id = :request
        AND member_index >= :from AND member_index < :to
      """)
  OnboardingCounts rangeCounts(
      @Bind("org") UUID organizationId,
      @Bind("request") String requestId,
      @Bind("from") int fromIndex,
      @Bind("to") int toIndex);

  @SqlQuery(
      """
      SELECT member_index, actor_id, member::text AS member FROM onboarding_requests
      WHERE organization_id = :org AND request_id = :request AND status = 'pending'
        AND member_index >= :from AND member_index < :to
      ORDER BY member_index
      """)
  List<PendingMemberRow> pendingMembers(
      @Bind("org") UUID organizationId,
      @Bind("request") String requestId,
      @Bind("from") int fromIndex,
      @Bind("to") int toIndex);

  /** Marks a member onboarded; only a pending member changes (0 rows otherwise). */
  @SqlUpdate(
      """
      UPDATE onboarding_requests SET status = 'succeeded', user_id = :user, completed_at = now()
      WHERE organization_id = :org AND request_id = :request AND member_index = :index AND status = 'pending'
      """)
  int markSucceeded(
      @Bind("org") UUID organizationId,
      @Bind("request") String requestId,
      @Bind("index") int index,
      @Bind("user") UUID userId);

  /** Marks a member refused; only a pending member changes (0 rows otherwise). */
  @SqlUpdate(
      """
      UPDATE onboarding_requests
      SET status = 'failed', failure_code = :code, failure_message = :message, completed_at = now()
      WHERE organization_id = :org AND request_id = :request AND member_index = :index AND status = 'pending'
      """)
  int markFailed(
      @Bind("org") UUID organizationId,
      @Bind("request") String requestId,
      @Bind("index") int index,
      @Bind("code") String code,
      @Bind("message") String message);

  @SqlQuery(
      """
      SELECT member_index, member ->> 'email' AS email, failure_code, failure_message
      FROM onboarding_requests
      WHERE organization_id = :org AND request_id = :request AND status = 'failed'
      ORDER BY member_index LIMIT :limit
      """)
  List<MemberFailureRow> failures(
      @Bind("org") UUID organizationId,
      @Bind("request") String requestId,
      @Bind("limit") int limit);
}
