package io.roster.activities.users;

import io.roster.activities.command.CommandContext;
import io.roster.activities.command.Decision;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.users.OrgAccessRow;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What createUser and setOrgAccess decide once their checks have passed, shared with callers that
 * decide many users at once (the onboarding bulk path).
 */
public final class UserDecisions {

  private UserDecisions() {}

  /**
   * A new user with a checked, normalized email and names: its id derives from the command's key
   * ({@code ctx.newId("user")}), its stream is new.
   */
  public static Decision<UserCreated> created(
      CommandContext ctx, String email, String firstName, String lastName) {
    var id = ctx.newId("user");
    return Decision.of(new UserCreated(id, email))
        .expecting(StreamRef.user(id), 0)
        .emit(EventTypes.USER_CREATED, id, new UserCreatedEvent(id, email, firstName, lastName));
  }

  /**
   * A user's access window in an organization, given the current one (if any) and the user's stream
   * version: nothing when it is the same, else one {@code user.access_dates.updated}.
   */
  public static Decision<OrgAccess> orgAccess(
      UUID userId,
      UUID orgId,
      LocalDate start,
      LocalDate expiration,
      Optional<OrgAccessRow> current,
      int userVersion) {
    boolean same =
        current.isPresent()
            && Objects.equals(current.get().accessStartDate(), start)
            && Objects.equals(current.get().accessExpirationDate(), expiration);
    var result = new OrgAccess(userId, orgId, start, expiration, !same);
    if (same) {
      return Decision.of(result);
    }
    return Decision.of(result)
        .expecting(StreamRef.user(userId), userVersion)
        .emit(
            EventTypes.USER_ACCESS_DATES_UPDATED,
            userId,
            new AccessDatesUpdatedEvent(userId, orgId, start, expiration));
  }
}
