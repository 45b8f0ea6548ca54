package io.roster.bench;

/**
 * How much data each scenario runs with. {@link #FULL} is the scale; {@link #SMALL} is
 * about 1/100 of it (a run of every scenario in well under a minute, what the test suite runs);
 * {@link #TINY} is the warm-up of {@link #SMALL}; {@link #MEDIUM}, about 1/10, is for iterating on
 * a change.
 *
 * @param staff members of the onboarding request
 * @param sequentialMembers members of the one-command-at-a-time baseline
 * @param organizations organizations of the platform data set (spread over 12 time zones)
 * @param usersPerOrganization users per organization; each holds 5 roles
 * @param readCalls timed calls of each read function (after as many warm-up calls / 10)
 */
public record Scale(
    String name,
    int staff,
    int sequentialMembers,
    int organizations,
    int usersPerOrganization,
    int readCalls) {

  public static final Scale FULL = new Scale("full", 10_000, 200, 200, 1_000, 20_000);
  public static final Scale MEDIUM = new Scale("medium", 2_000, 40, 40, 500, 5_000);
  public static final Scale SMALL = new Scale("small", 100, 10, 12, 167, 1_000);
  public static final Scale TINY = new Scale("tiny", 20, 2, 12, 20, 100);

  public static Scale named(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "full" -> FULL;
      case "medium" -> MEDIUM;
      case "small" -> SMALL;
      case "tiny" -> TINY;
      default -> throw new IllegalArgumentException("scale is small, medium or full, not " + name);
    };
  }

  /** The scale each scenario runs once, unmeasured, before its measured run (null: none). */
  public Scale warmUp() {
    return this == FULL || this == MEDIUM ? SMALL : this == SMALL ? TINY : null;
  }

  public int users() {
    return organizations * usersPerOrganization;
  }

  public long roleAssignments() {
    return 5L * users();
  }

  public int warmUpCalls() {
    return Math.max(10, readCalls / 10);
  }
}
