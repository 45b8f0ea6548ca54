package io.roster.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * An onboarding file as the API takes it: a CSV file goes as {@code text/csv} with the request id
 * in the query; a JSON file (a list of staff, or an object with {@code staff} and maybe {@code
 * request_id}) goes as {@code {"request_id", "staff"}}. The request id is {@code --request-id},
 * else the file's own, else the file name and a hash of its content, so sending the same file again
 * attaches to the first run instead of onboarding twice.
 */
record OnboardingUpload(String requestId, String contentType, byte[] body, boolean csv) {

  static OnboardingUpload read(Path file, String requestIdOption) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    var name = file.getFileName().toString();
    var fallbackId = defaultRequestId(name, content);
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      var id = requestIdOption != null ? requestIdOption : fallbackId;
      return new OnboardingUpload(id, "text/csv", content, true);
    }
    JsonNode json;
    try {
      json = RosterClient.JSON.readTree(content);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          name + " is neither a .csv file nor JSON: " + e.getMessage(), e);
    }
    var staff = json.isArray() ? json : json.path("staff");
    if (!staff.isArray()) {
      throw new IllegalArgumentException(
          name + ": expected a JSON list of staff, or an object with a \"staff\" list");
    }
    var id =
        requestIdOption != null
            ? requestIdOption
            : json.path("request_id").isTextual() ? json.get("request_id").asText() : fallbackId;
    var body = new LinkedHashMap<String, Object>();
    body.put("request_id", id);
    body.put("staff", staff);
    try {
      return new OnboardingUpload(
          id, "application/json", RosterClient.JSON.writeValueAsBytes(body), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code <file name without extension>-<12 hex of SHA-256(content)>}, in the id alphabet. */
  static String defaultRequestId(String fileName, byte[] content) {
    var stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    stem = stem.replaceAll("[^A-Za-z0-9._:-]", "-");
    if (stem.length() > 80) {
      stem = stem.substring(0, 80);
    }
    try {
      var hash = MessageDigest.getInstance("SHA-256").digest(content);
      return stem + "-" + HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
