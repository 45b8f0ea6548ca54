package io.roster.worker.api.limits;

import java.io.IOException;

/** Raised while reading a request body that goes past its route's limit. */
public final class BodyTooLargeException extends IOException {

  private final long limit;

  BodyTooLargeException(long limit) {
    super("the request body exceeds " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
