package io.roster.db.projections;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.events.EventTypes;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.Rows;
import io.roster.db.testing.Rows.Row;
import io.roster.db.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * organization.* and organization_unit.* events applied to organizations_projection and
 * organization_units_projection.
 */
class OrganizationsProjectionTest {

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final Org org = fixtures.organization("Acme Care", "America/New_York");

  @BeforeAll
  static void open() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
    fixtures = new EventFixtures(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static Row organization(UUID id) {
    return Rows.one(
        jdbi,
        """
        SELECT *, direct_care_settings::text AS settings, notice_days::text AS notices
        FROM organizations_projection WHERE id = ?
        """,
        id);
  }

  private static Row unit(UUID id) {
    return Rows.one(jdbi, "SELECT * FROM organization_units_projection WHERE id = ?", id);
  }

  private StoredEvent settings(Map<String, Object> changes) {
    var payload = data("organization_id", org.id());
    payload.putAll(changes);
    return fixtures.event(EventTypes.ORGANIZATION_SETTINGS_UPDATED, org.id(), payload);
  }

  private StoredEvent unitEvent(String type, UUID unitId) {
    return fixtures.event(type, unitId, data("unit_id", unitId, "organization_id", org.id()));
  }

  @Test
  void createdStoresTheOrganizationWithDefaultsAndTheEventTime() {
    var id = UUID.randomUUID();
    var path = EventFixtures.ROOT + "." + EventFixtures.label("org", id);
    var slug = "fjord-" + id;
    var payload = data("organization_id", id, "name", "Fjord Health", "slug", slug, "path", path);
    payload.putAll(data("timezone", null, "direct_care_settings", null));
    var event = fixtures.event(EventTypes.ORGANIZATION_CREATED, id, payload);
    var row = organization(id);
    assertThat(row.text("name")).isEqualTo("Fjord Health");
    assertThat(row.text("path")).isEqualTo(path);
    assertThat(row.text("timezone")).isEqualTo("UTC");
    assertThat(row.text("settings")).isEqualTo("{\"enable_staff_client_mapping\": false}");
    assertThat(row.integer("max_active_unit_assignments")).isEqualTo(5);
    assertThat(row.text("notices")).isEqualTo("{14,7,1}");
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.instant("created_at")).isEqualTo(event.createdAt());
    assertThat(row.instant("updated_at")).isEqualTo(event.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
  }

  @Test
  void settingsUpdatedChangesOnlyTheSettingsItCarries() {
    var flags = Map.of("enable_staff_client_mapping", true, "extra", 1);
    var changes = data("direct_care_settings", flags, "timezone", null);
    changes.putAll(data("max_active_unit_assignments", 3, "notice_days", List.of(30, 1)));
    var event = settings(changes);
    var row = organization(org.id());
    assertThat(row.text("settings"))
        .isEqualTo("{\"extra\": 1, \"enable_staff_client_mapping\": true}");
    assertThat(row.text("timezone")).isEqualTo("America/New_York");
    assertThat(row.integer("max_active_unit_assignments")).isEqualTo(3);
    assertThat(row.text("notices")).isEqualTo("{30,1}");
    assertThat(row.instant("updated_at")).isEqualTo(event.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
    settings(data("timezone", "Asia/Tokyo"));
    row = organization(org.id());
    assertThat(row.text("timezone")).isEqualTo("Asia/Tokyo");
    assertThat(row.text("settings")).contains("\"enable_staff_client_mapping\": true");
    assertThat(row.integer("max_active_unit_assignments")).isEqualTo(3);
  }

  @Test
  void settingsOfAnUnknownOrganizationAreRefused() {
    var id = UUID.randomUUID();
    var thrown =
        catchThrowable(
            () ->
                fixtures.event(
                    EventTypes.ORGANIZATION_SETTINGS_UPDATED,
                    id,
                    data("organization_id", id, "timezone", "UTC")));
    assertThat(Rows.sqlError(thrown).detail()).isEqualTo("projection_row_missing");
  }

  @Test
  void unitsAreCreatedOneLevelBelowTheirParentWithTheEventTime() {
    var facility = fixtures.unit(org, "facility", "Main");
    var program = fixtures.unit(facility, "program", "Youth");
    var row = unit(program.id());
    assertThat(row.uuid("organization_id")).isEqualTo(org.id());
    assertThat(row.uuid("parent_unit_id")).isEqualTo(facility.id());
    assertThat(row.text("kind")).isEqualTo("program");
    assertThat(row.text("path")).isEqualTo(program.path()).startsWith(facility.path() + ".");
    assertThat(row.bool("is_active")).isTrue();
    var created =
        Rows.one(
            jdbi, "SELECT created_at FROM domain_events WHERE id = ?", row.uuid("last_event_id"));
    assertThat(row.instant("created_at")).isEqualTo(created.instant("created_at"));
  }

  @Test
  void aUnitPathOutsideItsParentIsRefused() {
    var other = fixtures.organization("Other", "UTC");
    for (var path :
        List.of(
            other.path() + "." + EventFixtures.label("facility", UUID.randomUUID()),
            org.path() + ".a." + EventFixtures.label("facility", UUID.randomUUID()))) {
      var id = UUID.randomUUID();
      var payload = data("unit_id", id, "organization_id", org.id(), "parent_unit_id", null);
      payload.putAll(data("name", "Stray", "kind", "facility", "path", path));
      var thrown =
          catchThrowable(() -> fixtures.event(EventTypes.ORGANIZATION_UNIT_CREATED, id, payload));
      assertThat(Rows.sqlError(thrown).detail()).as(path).isEqualTo("unit_path_inconsistent");
    }
  }

  @Test
  void unitsAreDeactivatedAndReactivatedInPlace() {
    var facility = fixtures.unit(org, "facility", "Annex");
    var off = unitEvent(EventTypes.ORGANIZATION_UNIT_DEACTIVATED, facility.id());
    assertThat(unit(facility.id()).bool("is_active")).isFalse();
    assertThat(unit(facility.id()).instant("updated_at")).isEqualTo(off.createdAt());
    var on = unitEvent(EventTypes.ORGANIZATION_UNIT_REACTIVATED, facility.id());
    assertThat(unit(facility.id()).bool("is_active")).isTrue();
    assertThat(unit(facility.id()).uuid("last_event_id")).isEqualTo(on.id());
    var missing = UUID.randomUUID();
    var thrown = catchThrowable(() -> unitEvent(EventTypes.ORGANIZATION_UNIT_DEACTIVATED, missing));
    assertThat(Rows.sqlError(thrown).detail()).isEqualTo("projection_row_missing");
  }
}
