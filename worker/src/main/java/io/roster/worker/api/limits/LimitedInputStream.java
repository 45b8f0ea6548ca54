package io.roster.worker.api.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** A request body that fails with {@link BodyTooLargeException} once past {@code limit} bytes. */
final class LimitedInputStream extends ServletInputStream {

  private final ServletInputStream body;
  private final long limit;
  private long read;

  LimitedInputStream(ServletInputStream body, long limit) {
    this.body = body;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = body.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = body.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) throws BodyTooLargeException {
    read += n;
    if (read > limit) {
      throw new BodyTooLargeException(limit);
    }
  }

  @Override
  public boolean isFinished() {
    return body.isFinished();
  }

  @Override
  public boolean isReady() {
    return body.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    body.setReadListener(listener);
  }
}
