package io.roster.db.readside;

import static io.roster.db.readside.Requests.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a request may write under row-level security, and which read functions it may call at all.
 * Every statement runs in a transaction that is rolled back.
 */
class RowLevelSecurityWriteTest {

  private static final String REFUSED = "42501";

  private static TestDatabase db;
  private static Tenant a;
  private static Tenant b;
  private static UUID superAdmin;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    var fixtures = new EventFixtures(db);
    a = Tenant.create(fixtures, "Alpha Care");
    b = Tenant.create(fixtures, "Beta Care");
    superAdmin = fixtures.user("super@rls-write.test");
    fixtures.assignGlobalRole(superAdmin, "super_admin");
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void writesWithoutThePermissionAreRefused() {
    var claims = claims(a.clinician(), a.org().id(), "clinician");

    assertThat(refusal(claims, insertCaseload(a.clinician(), a.org().id()))).isEqualTo(REFUSED);
    assertThat(refusal(claims, insertRole(a.clinician(), a))).isEqualTo(REFUSED);
    assertThat(refusal(claims, insertUnitAssignment(a.clinician(), a))).isEqualTo(REFUSED);
    assertThat(refusal(claims, insertTemplateAssignment(a.clinician(), a))).isEqualTo(REFUSED);
    assertThat(refusal(claims, "UPDATE users SET first_name = 'Mallory'")).isEqualTo(REFUSED);
    assertThat(refusal(claims, "DELETE FROM domain_events")).isEqualTo(REFUSED);
    assertThat(changed(claims, "UPDATE user_schedule_policies_projection SET schedule = '{}'"))
        .isZero();
    assertThat(changed(claims, "UPDATE organizations_projection SET name = 'Mallory Care'"))
        .isZero();
    assertThat(changed(claims, "DELETE FROM user_roles_projection")).isZero();
    assertThat(changed(claims, "DELETE FROM user_client_assignments_projection")).isZero();
  }

  @Test
  void writesWithThePermissionAreAllowedOnlyWhereItReaches() {
    var coordinator = claims(a.coordinator(), a.org().id(), "coordinator");
    var admin = claims(a.admin(), a.org().id(), "provider_admin");

    assertThat(changed(coordinator, insertCaseload(a.clinician(), a.org().id()))).isOne();
    assertThat(refusal(coordinator, insertCaseload(a.clinician(), b.org().id())))
        .isEqualTo(REFUSED);
    assertThat(changed(coordinator, insertTemplateAssignment(a.coordinator(), a))).isOne();
    assertThat(changed(coordinator, "UPDATE user_schedule_policies_projection SET schedule = '{}'"))
        .isOne();
    assertThat(changed(admin, "UPDATE organizations_projection SET name = name || ' (renamed)'"))
        .isOne();
    assertThat(changed(admin, "DELETE FROM user_roles_projection")).isZero();
  }

  @Test
  void superAdminWritesRoleAssignments() {
    var claims = claims(superAdmin, null, "super_admin");

    assertThat(changed(claims, insertRole(a.clinician(), a))).isOne();
  }

  @Test
  void serviceRoleAppendsEventsAndTheProcessorsApplyThemUnderItsPrivileges() {
    var user = UUID.randomUUID();
    long created =
        Requests.asServiceRole(
            db.jdbi(),
            h -> {
              h.createUpdate(
                      """
                      INSERT INTO domain_events
                          (id, stream_type, stream_id, stream_version, event_type, event_data)
                      VALUES (gen_random_uuid(), 'user', :user, 1, 'user.created',
                              jsonb_build_object('user_id', :user, 'email', 'svc@rls-write.test',
                                                 'first_name', 'Service', 'last_name', 'Made'))
                      """)
                  .bind("user", user)
                  .execute();
              return Requests.count(
                  h, "SELECT count(*) FROM users WHERE id = '%s'".formatted(user));
            });

    assertThat(created).isOne();
  }

  @Test
  void functionsThatAnswerForAnyUserAreForTheServiceOnly() {
    var claims = claims(a.clinician(), a.org().id(), "clinician");
    var forAnyUser =
        List.of(
            "SELECT count(*) FROM get_user_active_roles('%s')".formatted(a.admin()),
            "SELECT count(*) FROM get_user_active_roles('%s', NULL, now())".formatted(a.admin()),
            "SELECT has_effective_permission('%s', 'user.role_assign', '%s'::ltree, now())"
                .formatted(a.admin(), a.org().path()),
            "SELECT custom_access_token_claims('%s')".formatted(a.admin()),
            "SELECT custom_access_token_hook('{\"user_id\": \"%s\"}')".formatted(a.admin()));

    for (var sql : forAnyUser) {
      assertThat(refusal(claims, sql)).as(sql).isEqualTo(REFUSED);
      Requests.asServiceRole(db.jdbi(), h -> h.execute(sql));
    }
    boolean ownQuestion =
        Requests.asAuthenticated(
            db.jdbi(),
            claims,
            h ->
                h.createQuery("SELECT has_effective_permission('user.client_assign', :path::ltree)")
                    .bind("path", a.org().path())
                    .mapTo(Boolean.class)
                    .one());
    assertThat(ownQuestion).isFalse();
  }

  private static String refusal(Map<String, Object> claims, String sql) {
    var thrown =
        catchThrowable(() -> Requests.asAuthenticated(db.jdbi(), claims, h -> h.execute(sql)));
    assertThat(thrown).as(sql).isNotNull();
    for (var cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException e) {
        return e.getSQLState();
      }
    }
    throw new AssertionError("no SQLException in " + thrown, thrown);
  }

  private static int changed(Map<String, Object> claims, String sql) {
    return Requests.asAuthenticated(db.jdbi(), claims, h -> h.execute(sql));
  }

  private static String insertCaseload(UUID user, UUID org) {
    return ("INSERT INTO user_client_assignments_projection (user_id, client_id, organization_id) "
            + "VALUES ('%s', gen_random_uuid(), '%s')")
        .formatted(user, org);
  }

  private static String insertRole(UUID user, Tenant tenant) {
    return ("INSERT INTO user_roles_projection (user_id, role_id, org_id, scope_path) "
            + "VALUES ('%s', '%s', '%s', '%s')")
        .formatted(user, BaseCatalogue.PROVIDER_ADMIN, tenant.org().id(), tenant.org().path());
  }

  private static String insertUnitAssignment(UUID user, Tenant tenant) {
    return ("INSERT INTO user_org_unit_assignments_projection "
            + "(id, user_id, organization_unit_id, organization_id, is_primary, assigned_at) "
            + "VALUES (gen_random_uuid(), '%s', '%s', '%s', false, now())")
        .formatted(user, tenant.facility().id(), tenant.org().id());
  }

  private static String insertTemplateAssignment(UUID user, Tenant tenant) {
    return ("INSERT INTO schedule_user_assignments_projection "
            + "(schedule_template_id, user_id, organization_id) VALUES ('%s', '%s', '%s')")
        .formatted(tenant.template(), user, tenant.org().id());
  }
}
