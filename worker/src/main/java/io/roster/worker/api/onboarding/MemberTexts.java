package io.roster.worker.api.onboarding;

import io.roster.activities.command.CommandInputs;
import io.roster.activities.onboarding.StaffMember;
import io.roster.worker.api.ApiProblem;
import java.util.List;

/**
 * Refuses a submission whose members hold control characters (other than tab and line breaks) in
 * their texts, naming the member's field, before anything is stored: the commands would refuse each
 * such member anyway, and PostgreSQL cannot even store a NUL in the stored request (jsonb).
 */
final class MemberTexts {

  private MemberTexts() {}

  static void check(List<StaffMember> staff) {
    for (int i = 0; i < staff.size(); i++) {
      var member = staff.get(i);
      var prefix = "staff[" + i + "].";
      check(member.email(), prefix + "email");
      check(member.firstName(), prefix + "first_name");
      check(member.lastName(), prefix + "last_name");
      for (int r = 0; r < member.roles().size(); r++) {
        var role = member.roles().get(r);
        if (role != null) {
          check(role.roleName(), prefix + "roles[" + r + "].role_name");
          check(role.scopePath(), prefix + "roles[" + r + "].scope_path");
        }
      }
    }
  }

  private static void check(String value, String field) {
    if (CommandInputs.hasControlCharacters(value)) {
      throw ApiProblem.invalid(
          "control_characters", field, field + " must not contain control characters");
    }
  }
}
