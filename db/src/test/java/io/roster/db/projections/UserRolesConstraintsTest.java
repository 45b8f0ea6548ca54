package io.roster.db.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.Rows;
import io.roster.db.testing.Rows.SqlError;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The INSERT examples of 004 ("Check Constraint: Role Date Order", "Scope Consistency Rules", the
 * NULLS NOT DISTINCT unique key), run as written against user_roles_projection with real ids and
 * ltree paths in place of the document's placeholders ('user-1', 'org-123', ...).
 */
class UserRolesConstraintsTest {

  private static final String INSERT =
      """
      INSERT INTO user_roles_projection
          (user_id, role_id, org_id, scope_path, role_valid_from, role_valid_until)
      VALUES (?, ?, ?, CAST(? AS ltree), ?, ?)
      """;

  private static TestDatabase db;
  private static Jdbi jdbi;

  /** 'org-123' of the document: an organization id and its scope path. */
  private final UUID org123 = UUID.randomUUID();

  private final String org123Path = EventFixtures.ROOT + "." + EventFixtures.label("org", org123);

  @BeforeAll
  static void open() {
    db = TestDatabase.fresh();
    jdbi = db.jdbi();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static int insert(
      UUID user, UUID role, UUID org, String path, LocalDate from, LocalDate until) {
    return Rows.execute(jdbi, INSERT, user, role, org, path, from, until);
  }

  private static SqlError insertFails(
      UUID user, UUID role, UUID org, String path, LocalDate from, LocalDate until) {
    var thrown = catchThrowable(() -> insert(user, role, org, path, from, until));
    assertThat(thrown).as("insert must be refused").isNotNull();
    return Rows.sqlError(thrown);
  }

  private static UUID anyRole() {
    return UUID.randomUUID();
  }

  @Test
  void dateOrderExamplesWithoutBothDatesOrInOrderAreValid() {
    var clinician = BaseCatalogue.CLINICIAN;
    assertThat(insert(UUID.randomUUID(), clinician, org123, org123Path, null, null)).isOne();
    assertThat(
            insert(
                UUID.randomUUID(),
                BaseCatalogue.PROVIDER_ADMIN,
                org123,
                org123Path,
                LocalDate.parse("2025-02-01"),
                null))
        .isOne();
    assertThat(
            insert(
                UUID.randomUUID(),
                anyRole(),
                org123,
                org123Path,
                null,
                LocalDate.parse("2025-02-05")))
        .isOne();
    assertThat(
            insert(
                UUID.randomUUID(),
                anyRole(),
                org123,
                org123Path,
                LocalDate.parse("2025-01-15"),
                LocalDate.parse("2025-02-14")))
        .isOne();
  }

  @Test
  void aWindowOfOneDayIsValid() {
    var day = LocalDate.parse("2025-03-01");
    assertThat(insert(UUID.randomUUID(), anyRole(), org123, org123Path, day, day)).isOne();
  }

  @Test
  void endDateBeforeStartDateViolatesUserRolesDateOrderCheck() {
    var error =
        insertFails(
            UUID.randomUUID(),
            BaseCatalogue.PROVIDER_ADMIN,
            org123,
            org123Path,
            LocalDate.parse("2025-02-01"),
            LocalDate.parse("2025-01-15"));
    assertThat(error.state()).isEqualTo("23514");
    assertThat(error.constraint()).isEqualTo("user_roles_date_order_check");
    assertThat(error.message()).contains("user_roles_date_order_check");
  }

  @Test
  void globalSuperAdminAndOrgScopedAssignmentsAreValid() {
    assertThat(insert(UUID.randomUUID(), BaseCatalogue.SUPER_ADMIN, null, null, null, null))
        .isOne();
    assertThat(insert(UUID.randomUUID(), BaseCatalogue.CLINICIAN, org123, org123Path, null, null))
        .isOne();
  }

  @Test
  void orgIdWithoutScopePathViolatesUserRolesScopeCheck() {
    var error = insertFails(UUID.randomUUID(), anyRole(), UUID.randomUUID(), null, null, null);
    assertThat(error.state()).isEqualTo("23514");
    assertThat(error.constraint()).isEqualTo("user_roles_scope_check");
  }

  @Test
  void scopePathWithoutOrgIdViolatesUserRolesScopeCheck() {
    var org789 = EventFixtures.ROOT + "." + EventFixtures.label("org", UUID.randomUUID());
    var error = insertFails(UUID.randomUUID(), anyRole(), null, org789, null, null);
    assertThat(error.state()).isEqualTo("23514");
    assertThat(error.constraint()).isEqualTo("user_roles_scope_check");
  }

  @Test
  void theSameRoleTwiceInTheSameOrganizationIsADuplicate() {
    var user1 = UUID.randomUUID();
    assertThat(insert(user1, BaseCatalogue.CLINICIAN, org123, org123Path, null, null)).isOne();
    var error = insertFails(user1, BaseCatalogue.CLINICIAN, org123, org123Path, null, null);
    assertThat(error.state()).isEqualTo("23505");
    assertThat(error.constraint()).isEqualTo("user_roles_projection_user_id_role_id_org_id_key");
    // DESIGN.md §10: one scope per role per organization, even at a different unit.
    var facility = org123Path + "." + EventFixtures.label("facility", UUID.randomUUID());
    assertThat(insertFails(user1, BaseCatalogue.CLINICIAN, org123, facility, null, null).state())
        .isEqualTo("23505");
  }

  @Test
  void globalSuperAdminTwiceIsADuplicateBecauseNullsAreNotDistinct() {
    var user1 = UUID.randomUUID();
    assertThat(insert(user1, BaseCatalogue.SUPER_ADMIN, null, null, null, null)).isOne();
    var error = insertFails(user1, BaseCatalogue.SUPER_ADMIN, null, null, null, null);
    assertThat(error.state()).isEqualTo("23505");
    assertThat(error.constraint()).isEqualTo("user_roles_projection_user_id_role_id_org_id_key");
  }

  @Test
  void theSameRoleInAnotherOrganizationOrAnotherRoleIsNotADuplicate() {
    var user1 = UUID.randomUUID();
    var org456 = UUID.randomUUID();
    var org456Path = EventFixtures.ROOT + "." + EventFixtures.label("org", org456);
    assertThat(insert(user1, BaseCatalogue.CLINICIAN, org123, org123Path, null, null)).isOne();
    assertThat(insert(user1, BaseCatalogue.CLINICIAN, org456, org456Path, null, null)).isOne();
    assertThat(insert(user1, BaseCatalogue.COORDINATOR, org123, org123Path, null, null)).isOne();
    assertThat(
            Rows.one(
                    jdbi,
                    "SELECT count(*) AS n FROM user_roles_projection WHERE user_id = ?",
                    user1)
                .integer("n"))
        .isEqualTo(3);
  }
}
