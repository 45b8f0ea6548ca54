package io.roster.worker.api.onboarding;

import io.roster.activities.command.CommandInputs;
import io.roster.activities.onboarding.StaffRole;
import io.roster.worker.api.ApiProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The cells of one CSV row, each read or refused with 400 {@code invalid_csv} naming {@code row N,
 * column X} (row 1 is the header).
 */
final class CsvCells {

  /**
   * {@code role_name[@scope_path][[from..until]]}, either date blank; the scope path is ltree
   * syntax (labels of letters, digits and underscores, joined by single dots).
   */
  private static final Pattern ROLE =
      Pattern.compile(
          "^([^@\\[\\];]+?)(?:@([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*))?(?:\\[(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?\\])?$");

  private final int row;
  private final java.util.function.Function<String, String> cell;

  CsvCells(int row, java.util.function.Function<String, String> cell) {
    this.row = row;
    this.cell = cell;
  }

  /** The trimmed cell, or null when blank or the column is absent; control characters refused. */
  String text(String column) {
    var value = cell.apply(column);
    if (CommandInputs.hasControlCharacters(value)) {
      throw invalid(column, "control characters are not allowed");
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  UUID uuid(String column) {
    var value = text(column);
    return value == null ? null : uuid(column, value);
  }

  LocalDate date(String column) {
    var value = text(column);
    return value == null ? null : date(column, value);
  }

  List<String> list(String column) {
    var value = text(column);
    var items = new ArrayList<String>();
    if (value != null) {
      for (var item : value.split(";")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
    }
    return items;
  }

  List<UUID> uuids(String column) {
    return list(column).stream().map(item -> uuid(column, item)).toList();
  }

  List<StaffRole> roles(String column) {
    var roles = new ArrayList<StaffRole>();
    for (var entry : list(column)) {
      var match = ROLE.matcher(entry);
      if (!match.matches()) {
        throw invalid(
            column,
            "'%s' is not role_name[@scope_path][[from..until]] (dates YYYY-MM-DD, either blank)"
                .formatted(entry));
      }
      roles.add(
          new StaffRole(
              match.group(1).strip(),
              match.group(2),
              match.group(3) == null ? null : date(column, match.group(3)),
              match.group(4) == null ? null : date(column, match.group(4))));
    }
    return roles;
  }

  ApiProblem invalid(String column, String detail) {
    return ApiProblem.invalid(
        "invalid_csv",
        "row %d, column %s".formatted(row, column),
        "row %d, column %s: %s".formatted(row, column, detail));
  }

  private UUID uuid(String column, String value) {
    try {
      if (value.length() != 36) {
        throw new IllegalArgumentException(value);
      }
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw invalid(column, "'" + value + "' is not a UUID");
    }
  }

  private LocalDate date(String column, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(column, "'" + value + "' is not a date YYYY-MM-DD");
    }
  }
}
