package io.roster.worker.api;

import java.net.http.HttpHeaders;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** An answer of the API: status, content type, raw body and its JSON. */
public record ApiResponse(
    int status, String contentType, String raw, JsonNode json, HttpHeaders headers) {

  public String text(String field) {
    var node = json.path(field);
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }

  public UUID uuid(String field) {
    return UUID.fromString(text(field));
  }

  @Override
  public String toString() {
    return status + " " + contentType + " " + raw;
  }
}
