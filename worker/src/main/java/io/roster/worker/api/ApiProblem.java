package io.roster.worker.api;

/** A refusal decided by the HTTP layer itself (a missing header, a malformed CSV row...). */
public final class ApiProblem extends RuntimeException {

  private final ProblemKind kind;
  private final String code;
  private final String field;

  public ApiProblem(ProblemKind kind, String code, String field, String detail) {
    super(detail, null, false, false);
    this.kind = kind;
    this.code = code;
    this.field = field;
  }

  public static ApiProblem invalid(String code, String field, String detail) {
    return new ApiProblem(ProblemKind.VALIDATION_FAILED, code, field, detail);
  }

  public static ApiProblem notFound(String code, String field, String detail) {
    return new ApiProblem(ProblemKind.NOT_FOUND, code, field, detail);
  }

  public static ApiProblem forbidden(String code, String detail) {
    return new ApiProblem(ProblemKind.NOT_AUTHORIZED, code, null, detail);
  }

  public ProblemKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
