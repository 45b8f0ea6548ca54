package io.roster.activities.clients;

import io.roster.activities.testing.CommandWorld;
import io.roster.db.clients.ClientAssignmentQueries;
import io.roster.db.clients.ClientAssignmentRow;
import io.roster.db.events.StoredEvent;
import io.roster.db.events.StreamRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A {@link CommandWorld} with the caseload activities and the reads their tests need. */
final class ClientAssignmentWorld implements AutoCloseable {

  final CommandWorld world = new CommandWorld();
  final ClientAssignmentActivities clients = new ClientAssignmentActivitiesImpl(world.executor);

  /** Assigns in org A as its coordinator. */
  ClientAssignment assign(UUID userId, UUID clientId, Instant until, String notes) {
    return clients.assignClient(
        new AssignClient(
            CommandWorld.by(world.coordinator), userId, clientId, world.orgA.id(), until, notes));
  }

  ClientUnassigned unassign(UUID userId, UUID clientId, String reason) {
    return clients.unassignClient(
        new UnassignClient(
            CommandWorld.by(world.coordinator), userId, clientId, world.orgA.id(), reason));
  }

  Optional<ClientAssignmentRow> row(UUID userId, UUID clientId) {
    return world
        .db
        .jdbi()
        .withExtension(ClientAssignmentQueries.class, q -> q.findAssignment(userId, clientId));
  }

  List<ClientAssignmentRow> caseload(UUID userId, UUID organizationId) {
    return world
        .db
        .jdbi()
        .withExtension(
            ClientAssignmentQueries.class, q -> q.activeCaseload(userId, organizationId));
  }

  StoredEvent lastEvent(UUID userId) {
    var events =
        world
            .db
            .jdbi()
            .withHandle(h -> world.fixtures.store().readStream(h, StreamRef.user(userId)));
    return events.get(events.size() - 1);
  }

  @Override
  public void close() {
    world.close();
  }
}
