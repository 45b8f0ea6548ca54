package io.roster.worker.api;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that an answer is a problem document of the API with a given status, code and field. */
public final class ProblemAssert {

  private ProblemAssert() {}

  public static ApiResponse assertProblem(
      ApiResponse response, int status, String code, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType())
        .as(response.toString())
        .startsWith("application/problem+json");
    var json = response.json();
    assertThat(json.path("status").asInt()).isEqualTo(status);
    assertThat(json.path("type").asString()).startsWith("urn:roster:problem:");
    assertThat(json.path("title").asString()).isNotBlank();
    assertThat(json.path("detail").asString()).isNotBlank();
    assertThat(json.path("code").asString()).as(response.toString()).isEqualTo(code);
    if (field == null) {
      assertThat(json.path("field").isNull()).as(response.toString()).isTrue();
    } else {
      assertThat(json.path("field").asString()).as(response.toString()).isEqualTo(field);
    }
    assertThat(response.raw()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(json.has("trace")).isFalse();
    return response;
  }
}
