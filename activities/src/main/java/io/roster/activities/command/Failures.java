package io.roster.activities.command;

import io.temporal.failure.ApplicationFailure;

/**
 * The four final failure types of DESIGN.md §7. Each is a non-retryable {@link ApplicationFailure}
 * whose type is one of the constants below and whose details are {@code [code, field]}: a machine
 * code such as {@code date_order} and the input field it concerns (null when it concerns no single
 * field). The message is a sentence that names the field or rule. Database faults and version
 * conflicts are not among them: they are retryable.
 */
public final class Failures {

  public static final String VALIDATION_FAILED = "ValidationFailed";
  public static final String NOT_FOUND = "NotFound";
  public static final String NOT_AUTHORIZED = "NotAuthorized";
  public static final String RULE_VIOLATED = "RuleViolated";

  private Failures() {}

  public static ApplicationFailure validation(String code, String field, String message) {
    return failure(VALIDATION_FAILED, code, field, message);
  }

  public static ApplicationFailure notFound(String code, String field, String message) {
    return failure(NOT_FOUND, code, field, message);
  }

  public static ApplicationFailure notAuthorized(String code, String message) {
    return failure(NOT_AUTHORIZED, code, null, message);
  }

  public static ApplicationFailure ruleViolated(String code, String field, String message) {
    return failure(RULE_VIOLATED, code, field, message);
  }

  private static ApplicationFailure failure(
      String type, String code, String field, String message) {
    return ApplicationFailure.newNonRetryableFailure(message, type, code, field);
  }

  /** The machine code of a failure raised here. */
  public static String code(ApplicationFailure failure) {
    return failure.getDetails().get(0, String.class);
  }

  /** The input field of a failure raised here, or null. */
  public static String field(ApplicationFailure failure) {
    return failure.getDetails().get(1, String.class);
  }
}
