package io.roster.activities.orgunits;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.events.EventJson;
import io.roster.db.events.StoredEvent;
import io.roster.db.events.StreamRef;
import io.roster.db.orgunits.UnitAssignmentQueries;
import io.roster.db.orgunits.UnitAssignmentRow;
import io.roster.db.testing.EventFixtures.Unit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A {@link CommandWorld} with the unit assignment activities and the reads their tests need. */
final class UnitAssignmentWorld implements AutoCloseable {

  final CommandWorld world = new CommandWorld();
  final OrgUnitAssignmentActivities units = new OrgUnitAssignmentActivitiesImpl(world.executor);

  /** Assigns as the coordinator of org A. */
  UnitAssignmentResult assign(UUID userId, Unit unit, boolean primary) {
    return units.assignUnit(
        new AssignUnit(CommandWorld.by(world.coordinator), userId, unit.id(), null, primary, null));
  }

  UnitAssignmentResult deactivate(UUID userId, UUID assignmentId) {
    return units.deactivateUnitAssignment(
        ChangeUnitAssignment.of(CommandWorld.by(world.coordinator), userId, assignmentId));
  }

  /** {@code count} new active chapters of org A. */
  List<Unit> chapters(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> world.fixtures.unit(world.orgA, "chapter", "Chapter " + i))
        .toList();
  }

  /** The user's rows in {@code user_org_unit_assignments_projection}, oldest first. */
  List<UnitAssignmentRow> rows(UUID userId, UUID organizationId) {
    return world
        .db
        .jdbi()
        .withExtension(UnitAssignmentQueries.class, q -> q.assignmentsOf(userId, organizationId));
  }

  UnitAssignmentRow row(UUID assignmentId) {
    return world
        .db
        .jdbi()
        .withExtension(UnitAssignmentQueries.class, q -> q.findAssignment(assignmentId))
        .orElseThrow();
  }

  /** Every event of the user's stream, in version order. */
  List<StoredEvent> events(UUID userId) {
    return world
        .db
        .jdbi()
        .withHandle(h -> world.fixtures.store().readStream(h, StreamRef.user(userId)));
  }

  /** The user's {@code user.org_unit.*} event types, in order. */
  List<String> unitEventTypes(UUID userId) {
    return events(userId).stream()
        .map(StoredEvent::eventType)
        .filter(t -> t.startsWith("user.org_unit."))
        .toList();
  }

  /** The user's active primary rows in the organization. */
  List<UnitAssignmentRow> activePrimaries(UUID userId, UUID organizationId) {
    return rows(userId, organizationId).stream()
        .filter(r -> r.isActive() && r.isPrimary())
        .toList();
  }

  /** {@code custom_access_token_claims(user, org)} of the read side, now. */
  JsonNode claims(UUID userId, UUID organizationId) {
    var json =
        world
            .db
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT custom_access_token_claims(:user, :org)::text")
                        .bind("user", userId)
                        .bind("org", organizationId)
                        .mapTo(String.class)
                        .one());
    try {
      return EventJson.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    world.close();
  }
}
