package io.roster.activities.users;

import static io.roster.activities.testing.CommandWorld.by;
import static io.roster.activities.testing.FailureAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.activities.command.Failures;
import io.roster.activities.testing.CommandWorld;
import io.roster.db.users.UserQueries;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UserActivitiesTest {

  static CommandWorld world;
  static UserActivities activities;

  @BeforeAll
  static void setUp() {
    world = new CommandWorld();
    activities = new UserActivitiesImpl(world.executor);
  }

  @AfterAll
  static void tearDown() {
    world.close();
  }

  @Test
  void emailsAreStoredTrimmedAndLowerCaseAndAreUnique() {
    var created =
        activities.createUser(
            new CreateUser(by(world.orgAdmin), "  Jane.Doe@Example.ORG ", "Jane", "Doe"));
    assertThat(created.email()).isEqualTo("jane.doe@example.org");
    assertThat(world.db.jdbi().onDemand(UserQueries.class).findUser(created.userId()))
        .get()
        .extracting(u -> u.email())
        .isEqualTo("jane.doe@example.org");
    assertRefused(
        world,
        Failures.RULE_VIOLATED,
        "email_taken",
        "email",
        () ->
            activities.createUser(
                new CreateUser(by(world.orgAdmin), "JANE.DOE@example.org", "J", "D")));
  }

  @Test
  void malformedEmailsAndBlankNamesAreRefused() {
    for (var email :
        new String[] {
          "no-at-sign", "a@b", "two@@example.org", "x@example.org'; DROP TABLE users;--"
        }) {
      assertRefused(
          world,
          Failures.VALIDATION_FAILED,
          "invalid_email",
          "email",
          () -> activities.createUser(new CreateUser(by(world.orgAdmin), email, "A", "B")));
    }
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "required",
        "first_name",
        () -> activities.createUser(new CreateUser(by(world.orgAdmin), "ok@example.org", "", "B")));
  }

  @Test
  void onlyActorsWhoAssignRolesMayCreateUsers() {
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            activities.createUser(
                new CreateUser(
                    by(world.clinician), "new-" + UUID.randomUUID() + "@example.org", "A", "B")));
    assertThat(
            activities
                .createUser(
                    new CreateUser(
                        by(world.facilityAdmin),
                        "fa-" + UUID.randomUUID() + "@example.org",
                        "A",
                        "B"))
                .userId())
        .isNotNull();
  }

  @Test
  void orgAccessWindowsAreSetInOrderAndReplaced() {
    var user = world.newUser("access");
    var set =
        activities.setOrgAccess(
            new SetOrgAccess(
                by(world.orgAdmin),
                user,
                world.orgA.id(),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)));
    assertThat(set.changed()).isTrue();
    long events = world.eventCount();
    var again =
        activities.setOrgAccess(
            new SetOrgAccess(
                by(world.orgAdmin),
                user,
                world.orgA.id(),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)));
    assertThat(again.changed()).isFalse();
    assertThat(world.eventCount()).isEqualTo(events);
    activities.setOrgAccess(
        new SetOrgAccess(
            by(world.orgAdmin), user, world.orgA.id(), null, LocalDate.of(2026, 1, 1)));
    assertThat(world.db.jdbi().onDemand(UserQueries.class).findOrgAccess(user, world.orgA.id()))
        .get()
        .satisfies(
            a -> {
              assertThat(a.accessStartDate()).isNull();
              assertThat(a.accessExpirationDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            });
  }

  @Test
  void orgAccessRefusesInvertedWindowsAndOtherOrganizationsAdmins() {
    var user = world.newUser("access-bad");
    assertRefused(
        world,
        Failures.VALIDATION_FAILED,
        "date_order",
        "access_expiration_date",
        () ->
            activities.setOrgAccess(
                new SetOrgAccess(
                    by(world.orgAdmin),
                    user,
                    world.orgA.id(),
                    LocalDate.of(2025, 2, 1),
                    LocalDate.of(2025, 1, 15))));
    assertRefused(
        world,
        Failures.NOT_AUTHORIZED,
        "not_authorized",
        null,
        () ->
            activities.setOrgAccess(
                new SetOrgAccess(by(world.orgBAdmin), user, world.orgA.id(), null, null)));
    assertRefused(
        world,
        Failures.NOT_FOUND,
        "user_not_found",
        "user_id",
        () ->
            activities.setOrgAccess(
                new SetOrgAccess(
                    by(world.orgAdmin), UUID.randomUUID(), world.orgA.id(), null, null)));
  }
}
