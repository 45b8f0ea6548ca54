package io.roster.activities.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.clients.ClientAssignmentQueries;
import io.roster.db.events.EventJson;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import io.roster.db.organizations.OrganizationRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Caseload assignments over the event store; see {@link ClientAssignmentActivities}. */
public final class ClientAssignmentActivitiesImpl implements ClientAssignmentActivities {

  private final CommandExecutor executor;

  public ClientAssignmentActivitiesImpl(CommandExecutor executor) {
    this.executor = executor;
  }

  @Override
  public ClientAssignment assignClient(AssignClient input) {
    return executor.execute(
        "assignClient",
        input.meta(),
        ClientAssignment.class,
        ctx -> {
          CommandInputs.required(input.userId(), "user_id");
          var clientId = CommandInputs.required(input.clientId(), "client_id");
          CommandInputs.required(input.organizationId(), "organization_id");
          var notes = CommandInputs.notes(input.notes());
          var until = assignedUntil(input.assignedUntil());
          var user = Lookups.user(ctx, input.userId(), "user_id");
          var org = Lookups.activeOrganization(ctx, input.organizationId(), "organization_id");
          ctx.authorize(BaseCatalogue.CLIENT_ASSIGN, org.path());
          var stream = StreamRef.user(user.id());
          int version = ctx.streamVersion(stream);
          var existing =
              ctx.attach(ClientAssignmentQueries.class).findAssignment(user.id(), clientId);
          if (existing.isPresent()
              && existing.get().isActive()
              && !existing.get().organizationId().equals(org.id())) {
            throw Failures.ruleViolated(
                "client_assigned_in_other_organization",
                "client_id",
                "client %s is on the caseload of user %s in organization %s: unassign it there first"
                    .formatted(clientId, user.id(), existing.get().organizationId()));
          }
          boolean active = existing.isPresent() && existing.get().isActive();
          boolean same =
              active
                  && Objects.equals(existing.get().assignedUntil(), until)
                  && Objects.equals(existing.get().notes(), notes);
          var result =
              new ClientAssignment(
                  existing.map(a -> a.id()).orElse(ctx.eventId(0)),
                  user.id(),
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
              .expecting(stream, version)
              .emit(
                  EventTypes.USER_CLIENT_ASSIGNED,
                  user.id(),
                  new ClientAssignedEvent(user.id(), clientId, org.id(), until, notes));
        });
  }

  @Override
  public ClientUnassigned unassignClient(UnassignClient input) {
    return executor.execute(
        "unassignClient",
        input.meta(),
        ClientUnassigned.class,
        ctx -> {
          CommandInputs.required(input.userId(), "user_id");
          var clientId = CommandInputs.required(input.clientId(), "client_id");
          CommandInputs.required(input.organizationId(), "organization_id");
          var reason =
              CommandInputs.optionalText(input.reason(), "reason", CommandInputs.MAX_NOTES);
          var user = Lookups.user(ctx, input.userId(), "user_id");
          var org = Lookups.organization(ctx, input.organizationId(), "organization_id");
          ctx.authorize(BaseCatalogue.CLIENT_ASSIGN, org.path());
          var stream = StreamRef.user(user.id());
          int version = ctx.streamVersion(stream);
          var assignment =
              ctx.attach(ClientAssignmentQueries.class)
                  .findAssignment(user.id(), clientId)
                  .filter(a -> a.isActive() && a.organizationId().equals(org.id()))
                  .orElseThrow(
                      () ->
                          Failures.notFound(
                              "client_assignment_not_found",
                              "client_id",
                              "client %s is not on the caseload of user %s in organization %s"
                                  .formatted(clientId, user.id(), org.id())));
          return Decision.of(new ClientUnassigned(assignment.id(), user.id(), clientId, org.id()))
              .expecting(stream, version)
              .emit(
                  EventTypes.USER_CLIENT_UNASSIGNED,
                  user.id(),
                  new ClientUnassignedEvent(user.id(), clientId, org.id(), reason));
        });
  }

  /** An optional end, in the future, at the column's precision (microseconds). */
  private static Instant assignedUntil(Instant value) {
    if (value == null) {
      return null;
    }
    var until = value.truncatedTo(ChronoUnit.MICROS);
    if (!until.isAfter(Instant.now())) {
      throw Failures.validation(
          "assigned_until_in_past",
          "assigned_until",
          "assigned_until (" + until + ") must be in the future");
    }
    return until;
  }

  /** The organization's {@code direct_care_settings.enable_staff_client_mapping} (000). */
  private static boolean staffClientMappingEnabled(OrganizationRow org) {
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
