package io.roster.worker.hostile;

import io.roster.worker.api.ApiResponse;

/** What a refusal must look like: the status, problem+json, a code, and the field at fault. */
final class HostileChecks {

  private HostileChecks() {}

  /** Null when {@code response} is the refusal {@code hostile} expects, else what is wrong. */
  static String problem(HostileCase hostile, ApiResponse response) {
    if (!hostile.statuses().contains(response.status())) {
      return "status " + response.status() + ", expected one of " + hostile.statuses();
    }
    if (!response.contentType().startsWith("application/problem+json")) {
      return "content type " + response.contentType();
    }
    var json = response.json();
    if (json.path("status").asInt() != response.status()
        || !json.path("type").asString().startsWith("urn:roster:problem:")
        || json.path("code").asString().isBlank()
        || json.path("detail").asString().isBlank()) {
      return "not a problem document of the API";
    }
    if (!json.has("field")) {
      return "no field member";
    }
    var field = json.path("field").isNull() ? null : json.path("field").asString();
    if (!HostileCase.ANY_FIELD.equals(hostile.field())
        && !java.util.Objects.equals(hostile.field(), field)) {
      return "field " + field + ", expected " + hostile.field();
    }
    if (response.raw().contains("Exception") || response.raw().contains("\tat ")) {
      return "leaks an exception";
    }
    return null;
  }
}
