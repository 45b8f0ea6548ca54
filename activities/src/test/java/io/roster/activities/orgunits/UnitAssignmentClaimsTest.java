package io.roster.activities.orgunits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.roster.activities.testing.CommandWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two "always" rules of 003, seen where they act: the token claims of the read side ({@code
 * custom_access_token_claims}) after the unit assignment commands.
 */
class UnitAssignmentClaimsTest {

  private static UnitAssignmentWorld w;
  private static CommandWorld world;

  @BeforeAll
  static void setUp() {
    w = new UnitAssignmentWorld();
    world = w.world;
  }

  @AfterAll
  static void tearDown() {
    w.close();
  }

  @Test
  void rls_scope_derived_from_active_assignments_listsEveryActiveUnit() {
    var user = world.newUser("scope");
    w.assign(user, world.facility1, true);
    w.assign(user, world.program1, false);

    assertThat(unitIds(user)).containsExactlyInAnyOrder(world.facility1.id(), world.program1.id());
  }

  @Test
  void rls_scope_derived_from_active_assignments_excludesInactiveAssignments() {
    var user = world.newUser("scope-shrinks");
    w.assign(user, world.facility1, true);
    var leaving = w.assign(user, world.facility2, false);

    w.deactivate(user, leaving.assignmentId());

    assertThat(unitIds(user)).containsExactly(world.facility1.id());
    assertThat(w.rows(user, world.orgA.id())).hasSize(2);
  }

  @Test
  void active_chapter_defaults_to_primary_followsEveryPrimaryChange() {
    var user = world.newUser("chapter");
    var first = w.assign(user, world.facility1, true);
    assertThat(primaryUnit(user)).isEqualTo(world.facility1.id());

    w.assign(user, world.facility2, true);
    assertThat(primaryUnit(user)).isEqualTo(world.facility2.id());

    w.units.setPrimaryUnit(
        ChangeUnitAssignment.of(CommandWorld.by(world.coordinator), user, first.assignmentId()));
    assertThat(primaryUnit(user)).isEqualTo(world.facility1.id());

    w.deactivate(user, first.assignmentId());
    assertThat(primaryUnit(user)).as("promoted on deactivation").isEqualTo(world.facility2.id());
  }

  @Test
  void active_chapter_defaults_to_primary_isAbsentWithoutActiveAssignments() {
    var user = world.newUser("no-chapter");
    var only = w.assign(user, world.facility1, true);

    w.deactivate(user, only.assignmentId());

    var claims = w.claims(user, world.orgA.id());
    assertThat(
            claims.path("primary_unit_id").isMissingNode()
                || claims.get("primary_unit_id").isNull())
        .as("primary_unit_id of %s", claims)
        .isTrue();
    assertThat(unitIds(user)).isEmpty();
  }

  private static List<UUID> unitIds(UUID user) {
    var claims = w.claims(user, world.orgA.id());
    var ids = new ArrayList<UUID>();
    JsonNode array = claims.path("unit_ids");
    array.forEach(node -> ids.add(UUID.fromString(node.asText())));
    return ids;
  }

  private static UUID primaryUnit(UUID user) {
    var claims = w.claims(user, world.orgA.id());
    return UUID.fromString(claims.get("primary_unit_id").asText());
  }
}
