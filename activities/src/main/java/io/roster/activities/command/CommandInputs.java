package io.roster.activities.command;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Input rules shared by commands. Each refusal is a {@code ValidationFailed} naming the field and
 * the rule, raised before anything is read or written.
 */
public final class CommandInputs {

  public static final int MAX_NOTES = 1000;
  public static final int MAX_NAME = 200;
  private static final int MAX_KEY = 200;
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");
  private static final Pattern HHMM = Pattern.compile("^([01][0-9]|2[0-3])[0-5][0-9]$");
  private static final Pattern LTREE =
      Pattern.compile("^[A-Za-z0-9_]{1,256}(\\.[A-Za-z0-9_]{1,256})*$");
  private static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CommandInputs() {}

  static void requireMeta(CommandMeta meta) {
    if (meta == null) {
      throw Failures.validation("required", "meta", "meta (actor and idempotency key) is required");
    }
    var key = meta.idempotencyKey();
    if (key == null
        || key.isBlank()
        || key.length() > MAX_KEY
        || key.chars().anyMatch(c -> c < 0x20)) {
      throw Failures.validation(
          "invalid_idempotency_key",
          "idempotency_key",
          "idempotency_key must be 1 to " + MAX_KEY + " printable characters");
    }
  }

  public static <T> T required(T value, String field) {
    if (value == null) {
      throw Failures.validation("required", field, field + " is required");
    }
    return value;
  }

  /** A required, non-blank text of at most {@code max} characters, without control characters. */
  public static String text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw Failures.validation("required", field, field + " is required and must not be blank");
    }
    return optionalText(value, field, max).strip();
  }

  /**
   * An optional text of at most {@code max} characters; control characters other than newlines and
   * tabs are refused.
   */
  public static String optionalText(String value, String field, int max) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw Failures.validation(
          field + "_too_long",
          field,
          field + " must be at most " + max + " characters, got " + value.length());
    }
    if (hasControlCharacters(value)) {
      throw Failures.validation(
          "control_characters", field, field + " must not contain control characters");
    }
    return value;
  }

  /**
   * Whether {@code value} holds a control character other than tab, line feed and return: the rule
   * of every text a command takes, also checked by the API before it stores an onboarding request.
   */
  public static boolean hasControlCharacters(String value) {
    return value != null
        && value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r');
  }

  public static String notes(String value) {
    if (value != null && value.length() > MAX_NOTES) {
      throw Failures.validation(
          "notes_max_length",
          "notes",
          "notes must be at most " + MAX_NOTES + " characters, got " + value.length());
    }
    return optionalText(value, "notes", MAX_NOTES);
  }

  /** Refuses {@code from} after {@code until}; either may be open (null). */
  public static void dateOrder(
      LocalDate from, LocalDate until, String fromField, String untilField) {
    if (from != null && until != null && from.isAfter(until)) {
      throw Failures.validation(
          "date_order",
          untilField,
          "%s (%s) must not be before %s (%s)".formatted(untilField, until, fromField, from));
    }
  }

  /** A trimmed, lower-case email address of a plausible form. */
  public static String email(String value) {
    var normalized = text(value, "email", 254).toLowerCase(java.util.Locale.ROOT);
    if (!EMAIL.matcher(normalized).matches()) {
      throw Failures.validation(
          "invalid_email", "email", "email '" + value + "' is not an email address");
    }
    return normalized;
  }

  /** An IANA time zone name such as {@code America/Los_Angeles}. */
  public static String timezone(String value, String field) {
    var zone = text(value, field, 64);
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      throw Failures.validation(
          "invalid_timezone", field, field + " '" + value + "' is not an IANA time zone name");
    }
    return zone;
  }

  /** A syntactically valid ltree path; whether it exists in Roster is the command's check. */
  public static String ltree(String value, String field) {
    var path = text(value, field, 2000);
    if (!LTREE.matcher(path).matches()) {
      throw Failures.validation(
          "invalid_path", field, field + " '" + value + "' is not a valid scope path");
    }
    return path;
  }

  /**
   * A weekly schedule (002, DESIGN.md §7): keys monday..sunday only, each null (a day off) or
   * {begin, end} in HHMM from 0000 to 2359 with begin != end; end before begin is an overnight
   * shift.
   */
  public static Map<String, Object> weeklySchedule(Map<String, Object> schedule, String field) {
    required(schedule, field);
    if (schedule.isEmpty()) {
      throw Failures.validation("invalid_schedule", field, field + " must name at least one day");
    }
    for (var entry : schedule.entrySet()) {
      var day = entry.getKey();
      if (!DAYS.contains(day)) {
        throw Failures.validation(
            "invalid_schedule_day",
            field + "." + day,
            "'" + day + "' is not a day: use monday..sunday");
      }
      if (entry.getValue() == null) {
        continue;
      }
      if (!(entry.getValue() instanceof Map<?, ?> shift)
          || !shift.keySet().equals(Set.of("begin", "end"))) {
        throw Failures.validation(
            "invalid_schedule_day",
            field + "." + day,
            day + " must be null or {\"begin\": \"HHMM\", \"end\": \"HHMM\"}");
      }
      var begin = hhmm(shift.get("begin"), field + "." + day + ".begin");
      var end = hhmm(shift.get("end"), field + "." + day + ".end");
      if (begin.equals(end)) {
        throw Failures.validation(
            "schedule_begin_equals_end", field + "." + day, day + " begins and ends at " + begin);
      }
    }
    return schedule;
  }

  private static String hhmm(Object value, String field) {
    if (!(value instanceof String text) || !HHMM.matcher(text).matches()) {
      throw Failures.validation(
          "invalid_hhmm", field, field + " must be a time HHMM from 0000 to 2359, got " + value);
    }
    return text;
  }
}
