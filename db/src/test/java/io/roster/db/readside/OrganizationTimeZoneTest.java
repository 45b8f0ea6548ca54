package io.roster.db.readside;

import static io.roster.db.readside.ReadSide.instant;
import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.testing.EventFixtures;
import io.roster.db.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A role's dates are read in its organization's time zone (DESIGN.md §5): the same date ends at
 * different instants in different organizations, and a day across a daylight-saving change is 23 or
 * 25 hours long. Global roles read their dates in UTC.
 */
class OrganizationTimeZoneTest {

  private static TestDatabase db;
  private static ReadSide readSide;
  private static EventFixtures.Org kiritimati;
  private static EventFixtures.Org losAngeles;
  private static UUID kiritimatiClinician;
  private static UUID losAngelesClinician;
  private static UUID springForwardDay;
  private static UUID fallBackDay;
  private static UUID globalAdmin;

  @BeforeAll
  static void setUp() {
    db = TestDatabase.fresh();
    readSide = new ReadSide(db.jdbi());
    var fixtures = new EventFixtures(db);
    kiritimati = fixtures.organization("Line Islands Care", "Pacific/Kiritimati");
    losAngeles = fixtures.organization("Pacific Coast Care", "America/Los_Angeles");

    kiritimatiClinician = fixtures.user("clinician@kiritimati.test");
    fixtures.assignRole(
        kiritimatiClinician,
        "clinician",
        kiritimati.id(),
        kiritimati.path(),
        null,
        d("2025-06-30"));
    losAngelesClinician = fixtures.user("clinician@la.test");
    fixtures.assignRole(
        losAngelesClinician,
        "clinician",
        losAngeles.id(),
        losAngeles.path(),
        null,
        d("2025-06-30"));

    springForwardDay = fixtures.user("spring-forward@la.test");
    fixtures.assignRole(
        springForwardDay,
        "coordinator",
        losAngeles.id(),
        losAngeles.path(),
        d("2025-03-09"),
        d("2025-03-09"));
    fallBackDay = fixtures.user("fall-back@la.test");
    fixtures.assignRole(
        fallBackDay,
        "coordinator",
        losAngeles.id(),
        losAngeles.path(),
        d("2025-11-02"),
        d("2025-11-02"));

    globalAdmin = fixtures.user("global@tz.test");
    fixtures.assignRole(globalAdmin, "super_admin", null, null, null, d("2025-06-30"));
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void sameUntilDateAtTheSameInstantHasExpiredInKiritimatiButNotInLosAngeles() {
    var instant = instant("2025-06-30T12:00:00Z"); // Kiritimati: 07-01 02:00; LA: 06-30 05:00

    assertThat(readSide.activeRoleNames(kiritimatiClinician, null, instant)).isEmpty();
    assertThat(readSide.activeRoleNames(losAngelesClinician, null, instant))
        .containsExactly("clinician");
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({
    "2025-06-30T09:59:59Z, true", // 23:59:59 on 06-30 in UTC+14
    "2025-06-30T10:00:00Z, false" // midnight 07-01 in UTC+14
  })
  void kiritimatiRoleEndsAtItsLocalMidnight(String instant, boolean active) {
    assertThat(readSide.activeRoleNames(kiritimatiClinician, kiritimati.id(), instant(instant)))
        .isEqualTo(active ? List.of("clinician") : List.of());
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({
    "2025-07-01T06:59:59Z, true", // 23:59:59 on 06-30 PDT (UTC-7)
    "2025-07-01T07:00:00Z, false" // midnight 07-01 PDT
  })
  void losAngelesRoleEndsAtItsLocalMidnight(String instant, boolean active) {
    assertThat(readSide.activeRoleNames(losAngelesClinician, losAngeles.id(), instant(instant)))
        .isEqualTo(active ? List.of("clinician") : List.of());
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({
    "2025-03-09T07:59:59Z, false", // 23:59:59 on 03-08 PST (UTC-8)
    "2025-03-09T08:00:00Z, true", // midnight 03-09 PST
    "2025-03-10T06:59:59Z, true", // 23:59:59 on 03-09 PDT: the day had 23 hours
    "2025-03-10T07:00:00Z, false" // midnight 03-10 PDT
  })
  void springForwardDayIsTwentyThreeHoursLongInLosAngeles(String instant, boolean active) {
    assertDayRole(springForwardDay, instant, active);
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({
    "2025-11-02T06:59:59Z, false", // 23:59:59 on 11-01 PDT (UTC-7)
    "2025-11-02T07:00:00Z, true", // midnight 11-02 PDT
    "2025-11-03T07:59:59Z, true", // 23:59:59 on 11-02 PST: the day had 25 hours
    "2025-11-03T08:00:00Z, false" // midnight 11-03 PST
  })
  void fallBackDayIsTwentyFiveHoursLongInLosAngeles(String instant, boolean active) {
    assertDayRole(fallBackDay, instant, active);
  }

  @ParameterizedTest(name = "{0}: active={1}")
  @CsvSource({"2025-06-30T23:59:59Z, true", "2025-07-01T00:00:00Z, false"})
  void globalRoleEndsAtUtcMidnightWhateverTheTargetOrganization(String instant, boolean active) {
    assertThat(readSide.activeRoleNames(globalAdmin, null, instant(instant)))
        .isEqualTo(active ? List.of("super_admin") : List.of());
    assertThat(
            readSide.hasPermission(
                globalAdmin,
                BaseCatalogue.ORGANIZATION_MANAGE,
                kiritimati.path(),
                instant(instant)))
        .isEqualTo(active);
  }

  private static void assertDayRole(UUID user, String instant, boolean active) {
    assertThat(readSide.activeRoleNames(user, losAngeles.id(), instant(instant)))
        .isEqualTo(active ? List.of("coordinator") : List.of());
    assertThat(
            readSide.hasPermission(
                user, BaseCatalogue.SCHEDULE_MANAGE, losAngeles.path(), instant(instant)))
        .isEqualTo(active);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
