package io.roster.worker.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Onboarding CSVs refused as a whole before anything is stored: broken quoting, a bad header, rows
 * of the wrong width, and a bad cell in each column, named {@code row N, column X}.
 */
final class CsvCases {

  private static final String HEADER =
      "email,first_name,last_name,user_id,access_start_date,access_expiration_date,roles,"
          + "org_units,primary_org_unit,schedule_template_id,schedule_effective_from,"
          + "schedule_effective_until,client_ids";

  private CsvCases() {}

  static List<HostileCase> all(HostileWorld w) {
    var cases = new ArrayList<HostileCase>();
    var good = "ok@roster.test,Ok,Row,,,,,,,,,,";
    for (var cell : badCells(w).entrySet()) {
      var column = cell.getKey().split(" ")[0];
      var named = column.startsWith("schedule_effective") ? "schedule_template_id" : column;
      var row = rowWith(column, cell.getValue());
      cases.add(
          csv(
              w,
              "cell " + cell.getKey(),
              HEADER + "\n" + good + "\n" + row + "\n",
              "row 3, column " + named));
    }
    cases.add(csv(w, "unbalanced quote", "email,first_name\n\"a@roster.test,A\n", "row 2"));
    cases.add(csv(w, "short row", "email,first_name,last_name\na@roster.test,A\n", "row 2"));
    cases.add(csv(w, "long row", "email,first_name\na@roster.test,A,B,C\n", "row 2"));
    cases.add(
        csv(w, "unknown column", "email,nickname\na@roster.test,N\n", "row 1, column nickname"));
    cases.add(
        csv(
            w,
            "sql column",
            "email,\"x'; DROP TABLE users; --\"\na@roster.test,1\n",
            "row 1, column x'; DROP TABLE users; --"));
    cases.add(csv(w, "repeated column", "email,email\na@roster.test,b@roster.test\n", "row 1"));
    cases.add(csv(w, "no email or user_id", "first_name,last_name\nA,B\n", "row 1"));
    cases.add(csv(w, "header only", "email,first_name\n", "staff"));
    cases.add(csv(w, "empty", "", null));
    cases.add(csv(w, "byte order mark only", "\uFEFF", "row 1"));
    cases.add(csv(w, "blank header", " \n", "row 1"));
    cases.add(
        csv(
            w,
            "nul in header",
            "email,first\u0000name\na@roster.test,A\n",
            "row 1, column first\u0000name"));
    cases.add(
        csv(
            w,
            "nul in name",
            "email,first_name\na@roster.test,A\u0000B\n",
            "row 2, column first_name"));
    cases.add(
        csv(
            w,
            "bell in name",
            "email,last_name\na@roster.test,A\u0007B\n",
            "row 2, column last_name"));
    cases.add(csv(w, "nul in email", "email\na\u0000@roster.test\n", "row 2, column email"));
    cases.add(
        HostileCase.bytes(
            "csv invalid UTF-8",
            "POST",
            path(w, "hostile-csv-utf8"),
            "text/csv",
            invalidUtf8(),
            "row 2"));
    cases.add(
        HostileCase.bytes(
                "csv unknown charset",
                "POST",
                path(w, "hostile-csv-charset"),
                "text/csv; charset=klingon",
                "email\na@roster.test\n".getBytes(StandardCharsets.UTF_8),
                "Content-Type")
            .status(415));
    for (var id : List.of("", "has%20space", "x'%3B%20DROP", "%F0%9F%98%80", "r".repeat(101))) {
      cases.add(
          HostileCase.bytes(
              "csv request_id '" + id + "'",
              "POST",
              "/api/v1/organizations/" + w.org().id() + "/onboardings?request_id=" + id,
              "text/csv",
              "email\na@roster.test\n".getBytes(StandardCharsets.UTF_8),
              "request_id"));
    }
    return cases;
  }

  private static Map<String, String> badCells(HostileWorld w) {
    var cells = new java.util.LinkedHashMap<String, String>();
    cells.put("user_id not a uuid", "not-a-uuid");
    cells.put("user_id sql", "'; DROP TABLE users; --");
    cells.put("user_id 37 characters", w.user() + "0");
    cells.put("access_start_date month 13", "2025-13-01");
    cells.put("access_start_date february 30", "2025-02-30");
    cells.put("access_expiration_date us", "01/02/2025");
    cells.put("roles bad window", "clinician[2025-01-01]");
    cells.put("roles bad date", "clinician[2025-13-01..]");
    cells.put("roles double dot path", "clinician@roster..x");
    cells.put("roles dash path", "clinician@-x");
    cells.put("roles sql path", "clinician@A DROP TABLE x");
    cells.put("roles two scopes", "clinician@a@b");
    cells.put("roles open bracket", "clinician[");
    cells.put("org_units not a uuid", "not-a-uuid");
    cells.put("org_units second bad", w.unit().id() + ";x");
    cells.put("primary_org_unit sql", "1' OR '1'='1");
    cells.put("schedule_template_id bad", "template");
    cells.put("schedule_effective_from without template", "2025-01-01");
    cells.put("schedule_effective_until without template", "2025-01-01");
    cells.put("client_ids bad", "c1;c2");
    return cells;
  }

  /** A row of the full header with {@code value} in {@code column}, other cells valid or blank. */
  private static String rowWith(String column, String value) {
    var columns = HEADER.split(",");
    var cells = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      cells[i] = columns[i].equals("email") ? "bad@roster.test" : "";
      if (columns[i].equals(column)) {
        cells[i] = value.contains(",") || value.contains("\"") ? quote(value) : value;
      }
    }
    return String.join(",", cells);
  }

  private static String quote(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static int counter;

  private static HostileCase csv(HostileWorld w, String name, String text, String field) {
    return HostileCase.bytes(
        name,
        "POST",
        path(w, "hostile-csv-" + counter++),
        "text/csv",
        text.getBytes(StandardCharsets.UTF_8),
        field);
  }

  private static String path(HostileWorld w, String requestId) {
    return "/api/v1/organizations/" + w.org().id() + "/onboardings?request_id=" + requestId;
  }

  private static byte[] invalidUtf8() {
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes("email,first_name\na@roster.test,A".getBytes(StandardCharsets.US_ASCII));
    bytes.write(0xC3);
    bytes.write(0x28);
    bytes.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
    return bytes.toByteArray();
  }
}
