package io.roster.activities.clients;

import io.roster.activities.command.CommandExecutor;
import io.roster.activities.command.CommandInputs;
import io.roster.activities.command.Decision;
import io.roster.activities.command.Failures;
import io.roster.activities.command.Lookups;
import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.clients.ClientAssignmentQueries;
import io.roster.db.events.EventTypes;
import io.roster.db.events.StreamRef;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
          var org = ClientAssignments.checkedOrganization(ctx, input.organizationId());
          var stream = StreamRef.user(user.id());
          int version = ctx.streamVersion(stream);
          var existing =
              ctx.attach(ClientAssignmentQueries.class).findAssignment(user.id(), clientId);
          return ClientAssignments.assignment(
              ctx, user.id(), clientId, org, until, notes, existing, version);
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
}
