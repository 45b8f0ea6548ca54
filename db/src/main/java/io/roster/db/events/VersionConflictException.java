package io.roster.db.events;

/**
 * Another writer appended to a stream after the command read it (or raced it with the same key).
 * Nothing was written; the command must re-read and decide again. Always retryable.
 */
public final class VersionConflictException extends RuntimeException {

  public VersionConflictException(String message) {
    super(message);
  }

  public VersionConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
