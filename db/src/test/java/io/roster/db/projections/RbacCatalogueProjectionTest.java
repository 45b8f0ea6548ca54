package io.roster.db.projections;

import static io.roster.db.testing.EventFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.events.EventTypes;
import io.roster.db.events.StoredEvent;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.EventFixtures.Org;
import io.roster.db.testing.Rows;
import io.roster.db.testing.TestDatabase;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * permission.* and role.* events applied to permissions_projection, roles_projection and
 * role_permissions_projection.
 */
class RbacCatalogueProjectionTest {

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static EventFixtures fixtures;

  private final UUID permission = UUID.randomUUID();
  private final UUID role = UUID.randomUUID();
  private final String roleName = "scheduler-" + role;
  private final Org org = fixtures.organization("Rbac Org", "UTC");

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

  /** A permission name made of letters only, unique per test ({@code x.y} format). */
  private String permissionName() {
    return "test.p_" + permission.toString().replaceAll("[^a-f]", "");
  }

  private StoredEvent definePermission() {
    return fixtures.event(
        EventTypes.PERMISSION_DEFINED,
        permission,
        data("permission_id", permission, "name", permissionName(), "description", "test"));
  }

  private StoredEvent createRole(UUID organizationId) {
    return fixtures.event(
        EventTypes.ROLE_CREATED,
        role,
        data(
            "role_id", role,
            "name", roleName,
            "description", "Schedules",
            "organization_id", organizationId));
  }

  private StoredEvent grant(String type) {
    return fixtures.event(type, role, data("role_id", role, "permission_id", permission));
  }

  private long grants() {
    return Rows.one(
            jdbi,
            "SELECT count(*) AS n FROM role_permissions_projection WHERE role_id = ? AND permission_id = ?",
            role,
            permission)
        .integer("n");
  }

  @Test
  void definedStoresThePermissionWithTheEventTime() {
    var event = definePermission();
    var row = Rows.one(jdbi, "SELECT * FROM permissions_projection WHERE id = ?", permission);
    assertThat(row.text("name")).isEqualTo(permissionName());
    assertThat(row.text("description")).isEqualTo("test");
    assertThat(row.instant("created_at")).isEqualTo(event.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
  }

  @Test
  void createdStoresAnOrganizationRoleWhoseNameIsUniqueWithinItsOrganization() {
    var event = createRole(org.id());
    var row = Rows.one(jdbi, "SELECT * FROM roles_projection WHERE id = ?", role);
    assertThat(row.text("name")).isEqualTo(roleName);
    assertThat(row.uuid("organization_id")).isEqualTo(org.id());
    assertThat(row.bool("is_active")).isTrue();
    assertThat(row.instant("created_at")).isEqualTo(event.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(event.id());
    var sameNameElsewhere = UUID.randomUUID();
    var other = fixtures.organization("Other", "UTC");
    fixtures.event(
        EventTypes.ROLE_CREATED,
        sameNameElsewhere,
        data("role_id", sameNameElsewhere, "name", roleName, "organization_id", other.id()));
    var duplicate = UUID.randomUUID();
    var thrown =
        catchThrowable(
            () ->
                fixtures.event(
                    EventTypes.ROLE_CREATED,
                    duplicate,
                    data("role_id", duplicate, "name", roleName, "organization_id", org.id())));
    assertThat(Rows.sqlError(thrown).constraint()).isEqualTo("roles_projection_name_org_key");
  }

  @Test
  void grantedAddsTheGrantOnceAndRevokedRemovesIt() {
    definePermission();
    createRole(null);
    var granted = grant(EventTypes.ROLE_PERMISSION_GRANTED);
    var row = Rows.one(jdbi, "SELECT * FROM role_permissions_projection WHERE role_id = ?", role);
    assertThat(row.instant("granted_at")).isEqualTo(granted.createdAt());
    assertThat(row.uuid("last_event_id")).isEqualTo(granted.id());
    grant(EventTypes.ROLE_PERMISSION_GRANTED);
    assertThat(grants()).isOne();
    grant(EventTypes.ROLE_PERMISSION_REVOKED);
    assertThat(grants()).isZero();
  }

  @Test
  void revokingAGrantTheRoleDoesNotHoldIsRefused() {
    definePermission();
    createRole(null);
    var thrown = catchThrowable(() -> grant(EventTypes.ROLE_PERMISSION_REVOKED));
    assertThat(Rows.sqlError(thrown).detail()).isEqualTo("projection_row_missing");
  }
}
