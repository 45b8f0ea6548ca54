package io.roster.activities.command;

/**
 * One member of a JSON Merge Patch (RFC 7396) carried into a command: absent leaves the current
 * value, present with a value sets it, present with null clears it. The command applies it to the
 * state it read under its stream version, so a PATCH never erases what it did not name.
 *
 * <p>A record, so it round-trips through Temporal's data converter like every command.
 */
public record Patch<T>(boolean present, T value) {

  private static final Patch<?> ABSENT = new Patch<>(false, null);

  @SuppressWarnings("unchecked")
  public static <T> Patch<T> absent() {
    return (Patch<T>) ABSENT;
  }

  /** Present: {@code value}, or null to clear. */
  public static <T> Patch<T> of(T value) {
    return new Patch<>(true, value);
  }

  /** The patched value: {@code current} when absent, the carried value (maybe null) otherwise. */
  public T applyTo(T current) {
    return present ? value : current;
  }

  /** True when the member is present and clears the value. */
  public boolean clears() {
    return present && value == null;
  }
}
