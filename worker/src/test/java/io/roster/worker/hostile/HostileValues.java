package io.roster.worker.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hostile values of each kind of field: wrong types, bad formats, limits, SQL, unicode. */
final class HostileValues {

  static final String SQL = "'; DROP TABLE domain_events; --";
  static final String SQL_OR = "1' OR '1'='1";
  static final String RTL = "\u202Eevil\u202C";
  static final String EMOJI = "\uD83D\uDE00";
  static final String NUL = "a\u0000b";
  static final String BELL = "a\u0007b";
  static final String ESCAPE = "\u001B[31mred";

  private HostileValues() {}

  /** Wrong JSON types for a scalar field. */
  static List<HostileValue> wrongTypes() {
    return List.of(
        HostileValue.of("array", List.of()),
        HostileValue.of("object", Map.of("a", 1)),
        HostileValue.of("array of strings", List.of("x", "y")));
  }

  static List<HostileValue> uuid() {
    var values = new ArrayList<>(wrongTypes());
    values.add(HostileValue.of("not a uuid", "not-a-uuid"));
    values.add(HostileValue.of("short", "0000"));
    values.add(HostileValue.of("bad hex", "00000000-0000-0000-0000-00000000000g"));
    values.add(HostileValue.of("sql", SQL));
    values.add(HostileValue.of("number", 42));
    values.add(HostileValue.of("boolean", true));
    values.add(HostileValue.of("emoji", EMOJI));
    return values;
  }

  static List<HostileValue> date() {
    var values = new ArrayList<>(wrongTypes());
    values.add(HostileValue.of("month 13", "2025-13-01"));
    values.add(HostileValue.of("february 30", "2025-02-30"));
    values.add(HostileValue.of("us format", "01/02/2025"));
    values.add(HostileValue.of("no padding", "2025-1-1"));
    values.add(HostileValue.of("instant", "2025-01-01T00:00:00Z"));
    values.add(HostileValue.of("word", "yesterday"));
    values.add(HostileValue.of("sql", SQL));
    values.add(HostileValue.of("boolean", true));
    return values;
  }

  static List<HostileValue> instant() {
    var values = new ArrayList<>(wrongTypes());
    values.add(HostileValue.of("word", "yesterday"));
    values.add(HostileValue.of("date only", "2025-01-31"));
    values.add(HostileValue.of("hour 25", "2025-01-31T25:00:00Z"));
    values.add(HostileValue.of("epoch seconds", 1_738_281_600));
    values.add(HostileValue.of("epoch with fraction", 1_738_281_600.5));
    values.add(HostileValue.of("sql", SQL));
    values.add(HostileValue.of("boolean", true));
    return values;
  }

  /** A required free text of at most {@code max} characters. */
  static List<HostileValue> requiredText(int max) {
    var values = new ArrayList<>(optionalText(max));
    values.add(HostileValue.of("null", null));
    values.add(HostileValue.of("empty", ""));
    values.add(HostileValue.of("blank", "  \t "));
    return values;
  }

  /** An optional free text of at most {@code max} characters. */
  static List<HostileValue> optionalText(int max) {
    var values = new ArrayList<>(wrongTypes());
    values.add(HostileValue.of("number", 42));
    values.add(HostileValue.of("fraction", 4.2));
    values.add(HostileValue.of("boolean", true));
    values.add(HostileValue.of("one past the limit", "x".repeat(max + 1)));
    values.add(HostileValue.of("far past the limit", "x".repeat(100_000)));
    values.add(HostileValue.of("nul", NUL));
    values.add(HostileValue.of("bell", BELL));
    values.add(HostileValue.of("ansi escape", ESCAPE));
    return values;
  }

  /** A structured text (slug, kind, email, request id...): also SQL and unicode are refused. */
  static List<HostileValue> token(int max) {
    var values = new ArrayList<>(requiredText(max));
    values.add(HostileValue.of("sql", SQL));
    values.add(HostileValue.of("sql or", SQL_OR));
    values.add(HostileValue.of("rtl override", RTL));
    values.add(HostileValue.of("emoji", EMOJI));
    return values;
  }

  static List<HostileValue> bool() {
    var values = new ArrayList<>(wrongTypes());
    values.add(HostileValue.of("word", "yes"));
    values.add(HostileValue.of("sql", SQL));
    return values;
  }

  static List<HostileValue> integer() {
    var values = new ArrayList<>(wrongTypes());
    values.add(HostileValue.of("word", "five"));
    values.add(HostileValue.of("overflow", 2_147_483_648L));
    values.add(HostileValue.of("fraction", 1.5));
    values.add(HostileValue.of("sql", SQL));
    return values;
  }

  /** HHMM schedules: each names the member at fault below {@code schedule}. */
  static List<HostileValue> schedule() {
    var values = new ArrayList<HostileValue>();
    for (var hhmm : List.of("2400", "12:00", "9999", "-100", "900", "0900 ", "2360", SQL)) {
      values.add(HostileValue.at("begin " + hhmm, day("monday", hhmm, "1700"), ".monday.begin"));
    }
    values.add(HostileValue.at("end 2400", day("friday", "0900", "2400"), ".friday.end"));
    values.add(HostileValue.at("begin as number", day("monday", 900, "1700"), ".monday.begin"));
    values.add(HostileValue.at("begin equals end", day("monday", "0900", "0900"), ".monday"));
    values.add(HostileValue.at("unknown day", day("funday", "0900", "1700"), ".funday"));
    values.add(HostileValue.at("sql day", day(SQL, "0900", "1700"), "." + SQL));
    values.add(HostileValue.at("day as text", Map.of("monday", "0900-1700"), ".monday"));
    values.add(
        HostileValue.at(
            "extra member",
            Map.of("monday", Map.of("begin", "0900", "end", "1700", "x", "1")),
            ".monday"));
    values.add(
        HostileValue.at("missing end", Map.of("monday", Map.of("begin", "0900")), ".monday"));
    values.add(HostileValue.of("no day", Map.of()));
    values.add(HostileValue.of("array", List.of("monday")));
    values.add(HostileValue.of("text", "weekdays"));
    values.add(HostileValue.of("null", null));
    return values;
  }

  private static Map<String, Object> day(String day, Object begin, Object end) {
    var shift = new LinkedHashMap<String, Object>();
    shift.put("begin", begin);
    shift.put("end", end);
    return Map.of(day, shift);
  }
}
