package io.roster.activities.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.activities.command.Failures;
import io.roster.db.events.EventJson;
import io.roster.db.onboarding.OnboardingQueries;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores an onboarding request, one onboarding_requests row per member, before its workflow starts:
 * the workflow then carries only the request's id, whatever its size.
 *
 * <p>Guarantees: storing the same request again writes nothing and answers with the stored size; a
 * request id already used for a different number of members is refused ({@code request_id_reused});
 * a request with no members, too many, or a malformed id is refused before anything is written.
 */
public final class OnboardingRequestStore {

  public static final int MAX_MEMBERS = 100_000;
  private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

  private final Jdbi jdbi;

  public OnboardingRequestStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores the request; returns its number of members. */
  public int store(StoreOnboarding request) {
    if (request.requestId() == null || !REQUEST_ID.matcher(request.requestId()).matches()) {
      throw Failures.validation(
          "invalid_request_id", "request_id", "request_id must be 1 to 100 of A-Z a-z 0-9 . _ : -");
    }
    if (request.staff() == null || request.staff().isEmpty()) {
      throw Failures.validation("required", "staff", "staff must list at least one member");
    }
    if (request.staff().size() > MAX_MEMBERS) {
      throw Failures.validation(
          "too_many_members", "staff", "one request holds at most " + MAX_MEMBERS + " members");
    }
    return jdbi.inTransaction(
        handle -> {
          handle
              .createUpdate("SELECT pg_advisory_xact_lock(hashtext(:org || '/' || :request))")
              .bind("org", request.organizationId().toString())
              .bind("request", request.requestId())
              .execute();
          var existing =
              handle
                  .attach(OnboardingQueries.class)
                  .counts(request.organizationId(), request.requestId());
          if (existing.total() > 0) {
            if (existing.total() != request.staff().size()) {
              throw Failures.ruleViolated(
                  "request_id_reused",
                  "request_id",
                  "request %s holds %d members, not %d"
                      .formatted(request.requestId(), existing.total(), request.staff().size()));
            }
            return existing.total();
          }
          var batch =
              handle.prepareBatch(
                  """
                  INSERT INTO onboarding_requests (organization_id, request_id, member_index, actor_id, member)
                  VALUES (:org, :request, :index, :actor, CAST(:member AS jsonb))
                  """);
          for (int i = 0; i < request.staff().size(); i++) {
            batch
                .bind("org", request.organizationId())
                .bind("request", request.requestId())
                .bind("index", i)
                .bind("actor", request.actorId())
                .bind("member", json(request.staff().get(i)))
                .add();
          }
          batch.execute();
          return request.staff().size();
        });
  }

  private static String json(StaffMember member) {
    try {
      return EventJson.mapper().writeValueAsString(member);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot store member " + member, e);
    }
  }
}
