package io.roster.activities.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.activities.command.CommandContext;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.clients.ClientAssignmentRow;
import io.roster.db.events.EventJson;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.organizations.OrganizationRow;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of putting a client on a caseload (000), shared by assignClient and by callers that
 * decide many assignments at once (the onboarding bulk path).
 */
public final class ClientAssignments {

  private ClientAssignments() {}

  /**
   * The organization, checked as assignClient checks it: it exists, is active, and the actor may
   * assign clients there. Refuses with the command's failures.
   */
  public static OrganizationRow checkedOrganization(CommandContext ctx, UUID organizationId) {
    var org = Lookups.activeOrganization(ctx, organizationId, "organization_id");
    ctx.authorize(BaseCatalogue.CLIENT_ASSIGN, org.path());
    return org;
  }

  /**
   * What assigning the client decides given the pair's current assignment (if any) and the user's
   * stream version: refused while the client is on the user's caseload in another organization,
   * nothing when it is the same, else one {@code user.client.assigned} (a new pair's id is the
   * event's, {@code ctx.eventId(0)}).
   */
  public static Decision<ClientAssignment> assignment(
      CommandContext ctx,
      UUID userId,
      UUID clientId,
      OrganizationRow org,
      Instant until,
      String notes,
      Optional<ClientAssignmentRow> existing,
      int userVersion) {
    if (existing.isPresent()
        && existing.get().isActive()
        && !existing.get().organizationId().equals(org.id())) {
      throw Failures.ruleViolated(
          "client_assigned_in_other_organization",
          "client_id",
          "client %s is on the caseload of user %s in organization %s: unassign it there first"
              .formatted(clientId, userId, existing.get().organizationId()));
    }
    boolean active = existing.isPresent() && existing.get().isActive();
    boolean same =
        active
            && Objects.equals(existing.get().assignedUntil(), until)
            && Objects.equals(existing.get().notes(), notes);
    var result =
        new ClientAssignment(
            existing.map(a -> a.id()).orElse(ctx.eventId(0)),
            userId,
            clientId,
            org.id(),
            until,
            !same,
            existing.isPresent() && !active,
            staffClientMappingEnabled(org));
    if (same) {
      return Decision.of(result);
    }
    return Decision.of(result)
        .expecting(StreamRef.user(userId), userVersion)
        .emit(
            EventTypes.USER_CLIENT_ASSIGNED,
            userId,
            new ClientAssignedEvent(userId, clientId, org.id(), until, notes));
  }

  /** The organization's {@code direct_care_settings.enable_staff_client_mapping} (000). */
  static boolean staffClientMappingEnabled(OrganizationRow org) {
    try {
      return EventJson.mapper()
          .readTree(org.directCareSettings())
          .path("enable_staff_client_mapping")
          .asBoolean(false);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("organization " + org.id() + " has invalid settings", e);
    }
  }
}
