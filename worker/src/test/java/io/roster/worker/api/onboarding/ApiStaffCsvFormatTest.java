package io.roster.worker.api.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.roster.activities.onboarding.StaffRole;
import io.roster.activities.onboarding.StaffUnit;
import io.roster.worker.api.ApiProblem;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CSV onboarding format of the README, cell by cell. */
class ApiStaffCsvFormatTest {

  private static final String HEADER = String.join(",", StaffCsv.COLUMNS);

  @Test
  void everyColumnIsReadIntoTheStaffMember() {
    var user = UUID.randomUUID();
    var unit1 = UUID.randomUUID();
    var unit2 = UUID.randomUUID();
    var template = UUID.randomUUID();
    var client = UUID.randomUUID();
    var row =
        String.join(
            ",",
            "Ada@Example.org",
            "Ada",
            "\"Lovelace, Countess\"",
            user.toString(),
            "2025-01-01",
            "2025-12-31",
            "clinician@roster.org_1.facility_2[2025-01-01..2025-06-30];peer_mentor[..2025-03-01];coordinator",
            unit1 + ";" + unit2,
            unit2.toString(),
            template.toString(),
            "2025-02-01",
            "",
            client.toString());

    var member = StaffCsv.parse("\uFEFF" + HEADER + "\r\n" + row + "\r\n").get(0);

    assertThat(member.userId()).isEqualTo(user);
    assertThat(member.email()).isEqualTo("Ada@Example.org");
    assertThat(member.lastName()).isEqualTo("Lovelace, Countess");
    assertThat(member.accessExpirationDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(member.roles())
        .containsExactly(
            new StaffRole(
                "clinician",
                "roster.org_1.facility_2",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)),
            new StaffRole("peer_mentor", null, null, LocalDate.of(2025, 3, 1)),
            new StaffRole("coordinator", null, null, null));
    assertThat(member.orgUnits())
        .containsExactly(new StaffUnit(unit1, false), new StaffUnit(unit2, true));
    assertThat(member.schedule().templateId()).isEqualTo(template);
    assertThat(member.schedule().effectiveUntil()).isNull();
    assertThat(member.clientIds()).containsExactly(client);
  }

  @Test
  void columnsMayBeLeftOutAndAPrimaryUnitAloneIsAssigned() {
    var unit = UUID.randomUUID();

    var staff = StaffCsv.parse("email,primary_org_unit\na@x.org," + unit + "\n\nb@x.org,\n");

    assertThat(staff).hasSize(2);
    assertThat(staff.get(0).orgUnits()).containsExactly(new StaffUnit(unit, true));
    assertThat(staff.get(1).roles()).isEmpty();
    assertThat(staff.get(1).schedule()).isNull();
  }

  @Test
  void aMalformedCellNamesItsRowAndColumn() {
    assertRefused("email,client_ids\na@x.org,not-a-uuid\n", "row 2, column client_ids");
    assertRefused("email,roles\na@x.org,clinician\nb@x.org,@scope\n", "row 3, column roles");
    assertRefused("email,roles\na@x.org,clinician[2025-02-30..]\n", "row 2, column roles");
    assertRefused(
        "email,schedule_effective_from\na@x.org,2025-01-01\n",
        "row 2, column schedule_template_id");
    assertRefused("email,email\na@x.org,b@x.org\n", "row 1");
    assertRefused("first_name\nAda\n", "row 1");
    assertRefused("email\n\"a@x.org\n", "row 2");
  }

  private static void assertRefused(String csv, String field) {
    var problem = catchThrowableOfType(ApiProblem.class, () -> StaffCsv.parse(csv));
    assertThat(problem).as(csv).isNotNull();
    assertThat(problem.field()).as(problem.getMessage()).isEqualTo(field);
  }
}
