package io.roster.worker.api;

import io.roster.worker.api.limits.BodyTooLargeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What was wrong with a request body that could not be read: too large (413), not JSON, an unknown
 * or repeated property, or a value of the wrong type, named by its path ({@code
 * staff[3].roles[0].role_valid_from}).
 */
final class BodyProblems {

  private BodyProblems() {}

  static ApiProblem classify(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return new ApiProblem(
            ProblemKind.PAYLOAD_TOO_LARGE,
            "body_too_large",
            null,
            "the request body exceeds this route's limit of " + tooLarge.limit() + " bytes");
      }
    }
    var jackson = find(e, JacksonException.class);
    if (jackson == null) {
      return new ApiProblem(
          ProblemKind.MALFORMED_REQUEST,
          e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
              ? "body_required"
              : "unreadable_body",
          null,
          e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
              ? "this request needs a body"
              : "the request body could not be read");
    }
    var field = path(jackson.getPath());
    if (jackson instanceof UnrecognizedPropertyException unknown) {
      return new ApiProblem(
          ProblemKind.MALFORMED_REQUEST,
          "unknown_property",
          field,
          "unknown property '%s'%s"
              .formatted(unknown.getPropertyName(), where(parent(jackson.getPath()))));
    }
    if (jackson instanceof DatabindException) {
      var expected =
          jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
              ? expected(mismatch.getTargetType())
              : "a valid value";
      return new ApiProblem(
          ProblemKind.MALFORMED_REQUEST,
          field == null ? "invalid_body" : "invalid_value",
          field,
          (field == null ? "the body" : field) + " must be " + expected);
    }
    if (jackson instanceof StreamReadException read
        && read.processor() != null
        && String.valueOf(jackson.getOriginalMessage()).startsWith("Duplicate Object property")) {
      var repeated = path(read.processor().streamReadContext());
      return new ApiProblem(
          ProblemKind.MALFORMED_REQUEST,
          "duplicate_property",
          repeated,
          repeated + " is given more than once");
    }
    if (jackson instanceof StreamReadException && !jackson.getPath().isEmpty()) {
      return new ApiProblem(
          ProblemKind.MALFORMED_REQUEST,
          "invalid_value",
          field,
          field + " is not a valid value: " + firstLine(jackson.getOriginalMessage()));
    }
    return new ApiProblem(
        ProblemKind.MALFORMED_REQUEST,
        "malformed_json",
        field,
        "the body is not valid JSON: " + firstLine(jackson.getOriginalMessage()));
  }

  /** {@code staff[3].roles[0].role_valid_from} from Jackson's reference path. */
  static String path(List<JacksonException.Reference> references) {
    var path = new StringBuilder();
    for (var reference : references) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  /** {@code staff[3].email} from the parser's position (the property being read). */
  private static String path(TokenStreamContext context) {
    var segments = new java.util.ArrayDeque<String>();
    for (var at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        segments.push("[" + at.getCurrentIndex() + "]");
      } else if (at.currentName() != null) {
        segments.push(at.currentName());
      }
    }
    var path = new StringBuilder();
    for (var segment : segments) {
      if (!path.isEmpty() && !segment.startsWith("[")) {
        path.append('.');
      }
      path.append(segment);
    }
    return path.isEmpty() ? null : path.toString();
  }

  private static String parent(List<JacksonException.Reference> references) {
    return references.size() <= 1 ? null : path(references.subList(0, references.size() - 1));
  }

  private static String where(String parent) {
    return parent == null ? "" : " in " + parent;
  }

  private static String expected(Class<?> type) {
    if (type == UUID.class) {
      return "a UUID";
    }
    if (type == LocalDate.class) {
      return "a date YYYY-MM-DD";
    }
    if (type == Instant.class) {
      return "an ISO-8601 instant such as 2025-01-31T00:00:00Z";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a valid " + type.getSimpleName();
  }

  /** The parser's sentence without its location notes (" (start marker at [Source: ...])"). */
  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    var line = message.lines().findFirst().orElse("");
    for (var note : new String[] {" (start marker", " at [Source"}) {
      int at = line.indexOf(note);
      if (at > 0) {
        line = line.substring(0, at);
      }
    }
    return line;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
