package io.roster.worker.api.onboarding;

import io.roster.activities.onboarding.OnboardingRequestStore;
import io.roster.activities.onboarding.StaffMember;
import io.roster.activities.onboarding.StaffSchedule;
import io.roster.activities.onboarding.StaffUnit;
import io.roster.worker.api.ApiProblem;
import io.roster.worker.api.ProblemKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A {@code text/csv} onboarding (RFC 4180, UTF-8, header first; README "HTTP API"). Every column is
 * optional except that {@code email} or {@code user_id} must be present; unknown columns are
 * refused. Multi-valued cells are separated by {@code ;}. A malformed row is refused with 400
 * {@code invalid_csv} naming {@code row N, column X}, row 1 being the header.
 */
final class StaffCsv {

  static final List<String> COLUMNS =
      List.of(
          "email",
          "first_name",
          "last_name",
          "user_id",
          "access_start_date",
          "access_expiration_date",
          "roles",
          "org_units",
          "primary_org_unit",
          "schedule_template_id",
          "schedule_effective_from",
          "schedule_effective_until",
          "client_ids");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .get();

  private StaffCsv() {}

  /**
   * The body as text; bytes that are not valid in {@code charset} refuse the request (400 {@code
   * invalid_csv} naming their row) rather than being replaced by U+FFFD.
   */
  static String decode(byte[] body, Charset charset) {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var in = ByteBuffer.wrap(body);
    var out = CharBuffer.allocate((int) (body.length * (double) decoder.maxCharsPerByte()) + 1);
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int row = 1;
      for (int i = 0; i < in.position(); i++) {
        if (body[i] == '\n') {
          row++;
        }
      }
      throw ApiProblem.invalid(
          "invalid_csv",
          "row " + row,
          "row %d holds bytes that are not valid %s".formatted(row, charset.name()));
    }
    return out.flip().toString();
  }

  static List<StaffMember> parse(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (var parser = open(text)) {
      var header = parser.getHeaderMap();
      checkHeader(header);
      var staff = new ArrayList<StaffMember>();
      int row = 1;
      try {
        for (var record : parser) {
          row++;
          if (staff.size() == OnboardingRequestStore.MAX_MEMBERS) {
            throw new ApiProblem(
                ProblemKind.PAYLOAD_TOO_LARGE,
                "too_many_members",
                "row " + row,
                "one request holds at most %d members; row %d is one too many"
                    .formatted(OnboardingRequestStore.MAX_MEMBERS, row));
          }
          staff.add(member(row, header.size(), record));
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw ApiProblem.invalid(
            "invalid_csv", "row " + (row + 1), "row %d is not valid CSV".formatted(row + 1));
      }
      return staff;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CSVParser open(String text) throws IOException {
    try {
      return CSVParser.parse(text, FORMAT);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw ApiProblem.invalid(
          "invalid_csv_header", "row 1", "the header row is not valid: " + e.getMessage());
    }
  }

  private static void checkHeader(Map<String, Integer> header) {
    if (header == null || header.isEmpty()) {
      throw ApiProblem.invalid("invalid_csv_header", "row 1", "the CSV has no header row");
    }
    for (var column : header.keySet()) {
      if (!COLUMNS.contains(column)) {
        throw ApiProblem.invalid(
            "invalid_csv_header",
            "row 1, column " + column,
            "unknown column '%s'; the columns are %s".formatted(column, COLUMNS));
      }
    }
    if (!header.containsKey("email") && !header.containsKey("user_id")) {
      throw ApiProblem.invalid(
          "invalid_csv_header", "row 1", "the header must have an email or a user_id column");
    }
  }

  private static StaffMember member(int row, int width, CSVRecord record) {
    if (record.size() != width) {
      throw ApiProblem.invalid(
          "invalid_csv",
          "row " + row,
          "row %d has %d cells, the header has %d".formatted(row, record.size(), width));
    }
    var cells = new CsvCells(row, column -> record.isMapped(column) ? record.get(column) : null);
    return new StaffMember(
        cells.uuid("user_id"),
        cells.text("email"),
        cells.text("first_name"),
        cells.text("last_name"),
        cells.date("access_start_date"),
        cells.date("access_expiration_date"),
        cells.roles("roles"),
        units(cells),
        schedule(cells),
        cells.uuids("client_ids"));
  }

  /** The units, the primary one marked; a primary not listed in org_units is assigned too. */
  private static List<StaffUnit> units(CsvCells cells) {
    var primary = cells.uuid("primary_org_unit");
    Set<UUID> ids = new LinkedHashSet<>(cells.uuids("org_units"));
    if (primary != null) {
      ids.add(primary);
    }
    return ids.stream().map(id -> new StaffUnit(id, id.equals(primary))).toList();
  }

  private static StaffSchedule schedule(CsvCells cells) {
    var template = cells.uuid("schedule_template_id");
    var from = cells.date("schedule_effective_from");
    var until = cells.date("schedule_effective_until");
    if (template == null) {
      if (from != null || until != null) {
        throw cells.invalid(
            "schedule_template_id", "schedule dates are given but no schedule_template_id");
      }
      return null;
    }
    return new StaffSchedule(template, from, until);
  }
}
