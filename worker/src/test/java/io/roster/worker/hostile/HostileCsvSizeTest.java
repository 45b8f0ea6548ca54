package io.roster.worker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.testing.Figures;
import io.roster.worker.api.ApiFixtures;
import io.roster.worker.api.ApiResponse;
import io.roster.worker.api.ApiTestBase;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Big onboardings: a 10 MB CSV is refused with 413 before it is read, a 100,000-row CSV just under
 * the byte limit is parsed to its last row in bounded memory, and a request of 100,001 members is
 * refused with 413 {@code too_many_members}; nothing is stored and the service stays healthy.
 */
class HostileCsvSizeTest extends ApiTestBase {

  private static final int MEMBERS = 100_000;
  private static final long TEN_MB = 10L * 1024 * 1024;

  private String path;

  @BeforeEach
  void organization() {
    var org = new ApiFixtures(api, admin()).organization("Big CSV Org");
    path = "/api/v1/organizations/" + org.id() + "/onboardings?request_id=";
  }

  @Test
  void bigOnboardingsAreRefusedOrParsedInBoundedMemoryAndTheServiceStaysHealthy() {
    long rows = onboardingRows();
    long events = eventCount();
    long heapBefore = usedHeapAfterGc();
    long started = System.nanoTime();

    var overLimit = csv(TEN_MB + 1, "over-limit");
    var declared = api.post(path + "ten-mb", admin()).body("text/csv", overLimit).send();
    var chunked = api.post(path + "ten-mb-chunked", admin()).chunked("text/csv", overLimit).send();
    var lastRowBad = rowsWithBadLastRow();
    assertThat((long) lastRowBad.length).isBetween(9L * 1024 * 1024, TEN_MB);
    var parsed = api.post(path + "hundred-thousand", admin()).body("text/csv", lastRowBad).send();
    var tooManyRows =
        api.post(path + "too-many", admin()).body("text/csv", emails(MEMBERS + 1)).send();
    var tooManyJson =
        api.post(path.substring(0, path.indexOf('?')), admin())
            .json(Map.of("request_id", "too-many-json", "staff", members(MEMBERS + 1)))
            .send();
    long millis = (System.nanoTime() - started) / 1_000_000;
    long heapAfter = usedHeapAfterGc();

    assertProblem(declared, 413, "body_too_large", null);
    assertProblem(chunked, 413, "body_too_large", null);
    assertProblem(
        parsed, 400, "invalid_csv", "row " + (MEMBERS + 1) + ", column access_start_date");
    assertProblem(tooManyRows, 413, "too_many_members", "row " + (MEMBERS + 2));
    assertProblem(tooManyJson, 413, "too_many_members", "staff");
    assertThat(onboardingRows()).isEqualTo(rows);
    assertThat(eventCount()).isEqualTo(events);
    assertThat(heapAfter - heapBefore).as("heap retained").isLessThan(64L * 1024 * 1024);
    long rowsStored = onboardingRows() - rows;
    long eventsWritten = eventCount() - events;
    var health = api.get("/actuator/health", null).send();
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text("status")).isEqualTo("UP");
    var small =
        api.post(path + "small-after", admin())
            .body("text/csv", "email\nsmall@roster.test\n".getBytes(StandardCharsets.UTF_8))
            .send();
    assertThat(small.status()).as(small.toString()).isEqualTo(202);

    new Figures("hostile-input-csv-size")
        .put("csv.ten_mb_answered", declared.status())
        .put("csv.ten_mb_chunked_answered", chunked.status())
        .put("csv.hundred_thousand_rows_bytes", lastRowBad.length)
        .put("csv.hundred_thousand_rows_answered", parsed.status())
        .put("csv.hundred_thousand_and_one_rows_answered", tooManyRows.status())
        .put("csv.json_hundred_thousand_and_one_members_answered", tooManyJson.status())
        .put("csv.rows_stored_by_refusals", rowsStored)
        .put("csv.events_written_by_refusals", eventsWritten)
        .put("csv.heap_retained_mb", (heapAfter - heapBefore) / (1024 * 1024))
        .put("csv.max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024))
        .put("csv.millis", millis)
        .put("csv.health_up_after", true)
        .write();
  }

  /** 100,000 members of about 100 bytes each, the last with a date that is not one. */
  private static byte[] rowsWithBadLastRow() {
    var text = new StringBuilder("email,first_name,last_name,access_start_date\n");
    var padding = "p".repeat(53);
    for (int i = 1; i <= MEMBERS; i++) {
      var date = i == MEMBERS ? "2025-02-30" : "2025-01-01";
      text.append("member-%06d@roster.test,First%s,Last,%s\n".formatted(i, padding, date));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] csv(long size, String name) {
    var text = new StringBuilder("email,first_name\n");
    for (int i = 0; text.length() < size; i++) {
      text.append(name).append('-').append(i).append("@roster.test,Name\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] emails(int n) {
    var text = new StringBuilder("email\n");
    for (int i = 0; i < n; i++) {
      text.append('m').append(i).append("@roster.test\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ArrayList<Map<String, String>> members(int n) {
    var staff = new ArrayList<Map<String, String>>(n);
    for (int i = 0; i < n; i++) {
      staff.add(Map.of("email", "m" + i + "@roster.test"));
    }
    return staff;
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void assertProblem(ApiResponse response, int status, String code, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    assertThat(response.text("field")).as(response.toString()).isEqualTo(field);
  }
}
